/**
 * Scripts that run inside the print page next to the paged-media library (Paged.js). They are plain
 * strings because they run in Chromium, not here; the printer waits for `data-layout` on <html>.
 */

/**
 * Runs before the library: configures it and reports "done" or "error" on the root element. A page
 * the browser app prints sits in a frame of the app (same origin), so it also tells that frame
 * element, as "concord-layout" events: started, each page laid out, done or error.
 */
export const PAGED_CONFIG_SCRIPT = `(function () {
  var root = document.documentElement;
  var frame = window.frameElement;
  function tell(detail) {
    if (frame) frame.dispatchEvent(new CustomEvent('concord-layout', { detail: detail }));
  }
  window.concordLayoutPage = function (pages) { tell({ state: 'layout', pages: pages }); };
  function fail(message) {
    root.setAttribute('data-layout-error', String(message).slice(0, 500));
    root.setAttribute('data-layout', 'error');
    tell({ state: 'error', message: String(message).slice(0, 500) });
  }
  window.addEventListener('error', function (e) { fail(e.message); });
  window.addEventListener('unhandledrejection', function (e) { fail(e.reason && e.reason.message ? e.reason.message : e.reason); });
  window.PagedConfig = {
    auto: true,
    after: function () {
      var pages = document.querySelectorAll('.pagedjs_page').length;
      root.setAttribute('data-pages', String(pages));
      root.setAttribute('data-layout', 'done');
      tell({ state: 'done', pages: pages });
    }
  };
  tell({ state: 'started' });
})();`;

/**
 * Runs after the library: repeats a table's header rows at the top of each page the table continues
 * on. Paged.js splits tables but does not repeat <thead>; inserting it when the first row of a
 * continued table is laid out lets the page's height account for it.
 */
export const PAGED_HANDLERS_SCRIPT = `(function () {
  if (!window.Paged) return;
  class RepeatTableHeader extends window.Paged.Handler {
    renderNode(clone, node) {
      var el = clone.nodeType === 1 ? clone : clone.parentElement;
      if (!el || !el.closest) return;
      var table = el.closest('table[data-split-from]');
      if (!table || table.getAttribute('data-head-repeated') === '1') return;
      table.setAttribute('data-head-repeated', '1');
      var source = (node.nodeType === 1 ? node : node.parentElement).closest('table');
      var head = source && source.querySelector(':scope > thead');
      if (!head || table.querySelector(':scope > thead')) return;
      var copy = head.cloneNode(true);
      copy.removeAttribute('data-ref');
      copy.querySelectorAll('[data-ref]').forEach(function (n) { n.removeAttribute('data-ref'); });
      copy.setAttribute('data-repeated', '');
      table.insertBefore(copy, table.firstChild);
    }
  }
  // Reports layout progress to a host that asked for it (the printer exposes the first function, the
  // configuration above defines the second for the app's print frame).
  class ReportProgress extends window.Paged.Handler {
    afterPageLayout() {
      this.laid = (this.laid || 0) + 1;
      if (typeof window.concordLayoutProgress === 'function' && this.laid % 10 === 0) window.concordLayoutProgress(this.laid);
      if (typeof window.concordLayoutPage === 'function') window.concordLayoutPage(this.laid);
    }
  }
  window.Paged.registerHandlers(RepeatTableHeader, ReportProgress);
})();`;

/** Makes a script's text safe to place inside a <script> element (`<\/script` is the same in strings and regexps). */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
