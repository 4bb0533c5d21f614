/**
 * The Paged.js layout script, loaded only when a PDF is exported (it is large) and inlined into the
 * print page the desktop lays out. Imported by path: the package's exports map hides its dist files.
 */
export async function loadPagedScript(): Promise<string> {
  const module = (await import('../../../node_modules/pagedjs/dist/paged.polyfill.min.js?raw')) as { default: string };
  return module.default;
}

/**
 * Absolute address of the whole paged runtime as a file of the app (scripts/pagedRuntimeAsset.ts),
 * for a browser, whose page policy runs scripts from the app's own origin only.
 */
export async function pagedRuntimeUrl(): Promise<string> {
  const module = await import('virtual:concord-paged-runtime');
  return new URL(module.default, document.baseURI).href;
}
