/**
 * The Paged.js layout script, loaded only when a PDF is exported (it is large) and inlined into the
 * print page. Imported by path: the package's exports map hides its dist files.
 */
export async function loadPagedScript(): Promise<string> {
  const module = (await import('../../../node_modules/pagedjs/dist/paged.polyfill.min.js?raw')) as { default: string };
  return module.default;
}
