/** The app version, injected by Vite from package.json. */
declare const __APP_VERSION__: string;
