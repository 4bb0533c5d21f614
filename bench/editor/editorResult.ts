import { report } from '../lib/report.ts';
import { addRatio, addTarget, emptyResult, formatNumber } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { medianFigure } from '../lib/stats.ts';
import { COUNTED_KEYSTROKES, VISIT_STACKS } from './editorData.ts';
import type { Accumulator, EditorOptions, Samples, Size } from './editorData.ts';

const PM_VIEW = 'ProseMirror view without Yjs';
const Y_ONLY = 'Y.applyUpdate, no editor';

/** The editor scenario's result for one document size. */
export function editorResult(size: Size, o: EditorOptions, repetitions: number, acc: Accumulator): ScenarioResult {
  const fixture = report(size.pages);
  const result = emptyResult(`Large document in the editor, ${size.pages} pages`, {
    pages: size.pages,
    words: fixture.words,
    topLevelBlocks: size.blocks,
    tables: fixture.tables,
    footnotes: fixture.footnotes.length,
    stateBytes: size.state.length,
    keystrokesPerRun: o.keystrokes,
    repetitions,
  });
  const median = (s: Samples, unit = 'ms') => medianFigure(s.runs.flat(), unit);
  result.figures = {
    'open to editable': median(acc.open),
    'reopen from library to editable': median(acc.reopen),
    'local keystroke to paint, median': acc.localPaint.percentile(0.5),
    'local keystroke to paint, p95': acc.localPaint.percentile(0.95),
    'local keystroke work, p95': acc.localWork.percentile(0.95),
    'remote keystroke to paint, median': acc.remotePaint.percentile(0.5),
    'remote keystroke to paint, p95': acc.remotePaint.percentile(0.95),
    'remote keystroke apply, median': acc.remoteWork.percentile(0.5),
    'remote keystroke apply, p95': acc.remoteWork.percentile(0.95),
    'remote caret move to paint, p95': acc.presencePaint.percentile(0.95),
    'JS heap for the document': median(acc.heap, 'MiB'),
    'nodes visited per local keystroke, p95': acc.localVisits.percentile(0.95, 'nodes'),
    'nodes visited per remote keystroke, p95': acc.remoteVisits.percentile(0.95, 'nodes'),
  };
  result.baseline[PM_VIEW] = {
    'open to editable': median(acc.pmOpen),
    'local keystroke to paint, median': acc.pmLocalPaint.percentile(0.5),
    'local keystroke to paint, p95': acc.pmLocalPaint.percentile(0.95),
    'local keystroke work, p95': acc.pmLocalWork.percentile(0.95),
    'remote keystroke to paint, median': acc.pmRemotePaint.percentile(0.5),
    'remote keystroke to paint, p95': acc.pmRemotePaint.percentile(0.95),
    'remote keystroke apply, median': acc.pmRemoteWork.percentile(0.5),
    'remote keystroke apply, p95': acc.pmRemoteWork.percentile(0.95),
    'JS heap for the document': median(acc.pmHeap, 'MiB'),
    'nodes visited per local keystroke, p95': acc.pmLocalVisits.percentile(0.95, 'nodes'),
    'nodes visited per remote keystroke, p95': acc.pmRemoteVisits.percentile(0.95, 'nodes'),
  };
  result.baseline[Y_ONLY] = {
    'open to editable': median(acc.yApply),
    'remote keystroke apply, p95': acc.yKeystroke.percentile(0.95),
    'JS heap for the document': median(acc.yHeap, 'MiB'),
    'whole body Y.XmlFragment to ProseMirror node': median(acc.yConvert),
  };
  for (const figure of [
    'open to editable',
    'local keystroke to paint, p95',
    'remote keystroke to paint, p95',
    'remote keystroke apply, median',
    'remote keystroke apply, p95',
    'JS heap for the document',
    'nodes visited per local keystroke, p95',
    'nodes visited per remote keystroke, p95',
  ])
    addRatio(result, figure, PM_VIEW);
  for (const figure of ['open to editable', 'remote keystroke apply, p95', 'JS heap for the document'])
    addRatio(result, figure, Y_ONLY);
  if (size.pages === 100) {
    addTarget(
      result,
      'editable within 1 s at 100 pages (reopen from the library)',
      result.figures['reopen from library to editable']!.value,
      1000,
      'ms',
    );
    addTarget(
      result,
      'editable within 1 s at 100 pages (open a .concord file)',
      result.figures['open to editable']!.value,
      1000,
      'ms',
    );
    addTarget(
      result,
      'local keystroke at 100 pages, p95',
      result.figures['local keystroke to paint, p95']!.value,
      16,
      'ms',
    );
    addTarget(
      result,
      'remote keystroke at 100 pages, p95',
      result.figures['remote keystroke to paint, p95']!.value,
      4,
      'ms',
    );
  }
  result.notes.push(
    'Ours: the web build in Chromium (playwright-core), joined to a relay through its invite link, the document opened through the app\'s own "Open file…" button (open to editable: from the file chosen until the editor is contenteditable with every block and a frame has been painted), then reopened from the library (from IndexedDB).',
    'Keystrokes: keydown to the first frame painted after the editor\'s transaction (rAF, then a task after it); "work" is keydown to the end of the transaction. Remote: a Node collaborator (y-websocket) types through the relay with a moving caret; timed in the page from the WebSocket message to the painted frame, one keystroke at a time (the collaborator learns of each paint from the page\'s probe, so no frame of its own precedes the next message).',
    "Chromium runs with --disable-gpu-vsync --disable-frame-rate-limit, so a frame is drawn as soon as there is a change: the figures are our work and the browser's rendering, without waiting up to 16.7 ms for a 60 Hz display refresh.",
    "Baselines run in a page of their own, served by the same relay, with the same schema and the app's CSS: Y.applyUpdate of the same state into an empty Y.Doc (and of one keystroke's update); a plain ProseMirror EditorView of the same content without Yjs. Its remote keystrokes come the app's way: the same Node collaborator types with its caret into a room of the same document through the same relay, and the page, on each update's WebSocket message, dispatches the same insertion (ProseMirror's own work, without decoding the update); timed, like ours, from the message to the end of its handler and to the painted frame. Until 5 December 2026 the baseline dispatched them from a timer in a quiet page: the relay storing each keystroke and the collaborator's caret message were then only ever competing with ours for this machine's two cores (a timeline trace showed ours off the CPU for up to half of its slowest keystrokes).",
    "JS heap: used heap after a forced GC with the document open, minus the same before opening it (this includes the code compiled to open and edit it, once per session: in a heap snapshot of the 100-page report, BENCH_HEAP_SNAPSHOT, code is about 7 MiB of ours and 2.3 MiB of plain ProseMirror's page).",
    `Nodes visited: a second pass of ${COUNTED_KEYSTROKES} local and ${COUNTED_KEYSTROKES} remote keystrokes (not timed) with counters in the page (bench/editor/visitCounter.ts): ProseMirror nodes walked (Fragment#forEach, #nodesBetween: descendants, textContent, textBetween) or built (NodeType#create*, Schema#text), Yjs children listed (toArray) or texts read (toDelta), and lookups in the binding's Yjs-to-node mapping, from the key or message to the painted frame.`,
  );
  const perKey = (sources: Record<string, number>) =>
    Object.entries(sources)
      .sort((a, b) => b[1] - a[1])
      .slice(0, VISIT_STACKS ? 20 : 6)
      .map(([who, n]) => `${who} ${formatNumber(n / (COUNTED_KEYSTROKES * repetitions))}`)
      .join(', ') || 'none';
  result.notes.push(
    `Nodes visited per keystroke by source (mean): local: ${perKey(acc.sources.local)}; remote: ${perKey(acc.sources.remote)}.`,
  );
  return result;
}
