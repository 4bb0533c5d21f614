/// <reference types="vite-plugin-pwa/vanillajs" />
/** The app version, injected by Vite from package.json. */
declare const __APP_VERSION__: string;

/** Address of the print page's paged runtime, a build asset of the app (scripts/pagedRuntimeAsset.ts). */
declare module 'virtual:concord-paged-runtime' {
  const url: string;
  export default url;
}
