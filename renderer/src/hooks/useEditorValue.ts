import { useRef, type DependencyList } from 'react';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { afterPaint } from './afterPaint.ts';
import { isSettleNow, Settler } from './settle.ts';
import { useSubscription } from './useSubscription.ts';

/**
 * Calls `onSettled` after the editor's text changes, following the one debounce policy
 * (`settle.ts`). Returns the function that stops; `flushPending` on it runs a waiting call now.
 */
export function onEditorSettled(editor: Editor, onSettled: () => void): (() => void) & { flushPending(): void } {
  const settler = new Settler(onSettled);
  const onUpdate = ({ transaction }: { transaction: Transaction }) => settler.changed(isSettleNow(transaction));
  editor.on('update', onUpdate);
  const stop = () => {
    editor.off('update', onUpdate);
    settler.cancel();
  };
  return Object.assign(stop, { flushPending: () => settler.flushPending() });
}

/**
 * A value derived from the editor's text (counts, lists of footnotes, sections or suggestions),
 * re-derived when the text settles: at once after the user's own actions, after a pause while
 * typing or receiving changes. `deps` lists what else `read` depends on. With `whileOpening`, the
 * first read waits until the editor has been painted, and until then the value is `whileOpening`:
 * a view that reads the whole document (the sections and their counts) does not delay the moment a
 * long document can be read and typed in.
 */
export function useEditorValue<T>(
  editor: Editor,
  read: (editor: Editor) => T,
  deps: DependencyList = [],
  options: { whileOpening?: T } = {},
): T {
  const waiting = useRef('whileOpening' in options);
  return useSubscription(
    (onChange) => {
      const stop = onEditorSettled(editor, onChange);
      if (!waiting.current) return stop;
      const cancel = afterPaint(() => {
        waiting.current = false;
        onChange();
      });
      return () => {
        cancel();
        stop();
      };
    },
    () => (waiting.current ? (options.whileOpening as T) : read(editor)),
    [editor, ...deps],
  );
}
