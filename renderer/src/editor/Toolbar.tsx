import { isActive, type Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useMemo } from 'react';
import type { EditorState } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type { UndoManager } from 'yjs';
import { useT } from '../i18n/useT.ts';
import { Tool } from './Tool.tsx';
import { TableTools } from './TableTools.tsx';
import { useRovingToolbar } from '../ui/rovingToolbar.ts';
import { memoAtSelection } from './selectionMemo.ts';

interface ToolbarProps {
  editor: Editor;
  onLink(): void;
  onFootnote(): void;
  onTag(): void;
  /** Why the person may not change the text now (their role, a final document); undefined: they may. */
  readOnlyReason?: string;
  /** Opens the list of keyboard shortcuts. */
  onShortcuts(): void;
}

/** Glyphs that are the same in every language; letters (B, I, U…) come from the catalogues. */
const GLYPH = {
  undo: '↶',
  redo: '↷',
  bullets: '•≡',
  numbers: '1≡',
  quote: '❝',
  footnote: '¹',
  table: '▦',
  keyboard: '⌨',
} as const;
const RULE = '―';
const TAG = '#';

/**
 * Whether undo and redo have anything to do: the Yjs undo manager's stacks, which is all Tiptap's
 * `can().undo()` checks, read directly. `can()` builds every command of every extension on each call,
 * and the toolbar asks on every transaction, a collaborator's keystrokes included (1.3 ms a
 * keystroke in a 100-page report). An editor without the undo manager has nothing to undo.
 */
function undoRedo(state: EditorState): { canUndo: boolean; canRedo: boolean } {
  const undoManager = (yUndoPluginKey.getState(state) as { undoManager?: UndoManager } | undefined)?.undoManager;
  return { canUndo: (undoManager?.undoStack.length ?? 0) > 0, canRedo: (undoManager?.redoStack.length ?? 0) > 0 };
}

/** Which formats and blocks the selection is in: what the buttons show as pressed. */
const activeFormats = (state: EditorState) => ({
  bold: isActive(state, 'bold'),
  italic: isActive(state, 'italic'),
  underline: isActive(state, 'underline'),
  strike: isActive(state, 'strike'),
  h1: isActive(state, 'heading', { level: 1 }),
  h2: isActive(state, 'heading', { level: 2 }),
  h3: isActive(state, 'heading', { level: 3 }),
  bullet: isActive(state, 'bulletList'),
  ordered: isActive(state, 'orderedList'),
  quote: isActive(state, 'blockquote'),
  link: isActive(state, 'link'),
  table: isActive(state, 'table'),
});

type Formats = ReturnType<typeof activeFormats>;
type ToolbarState = Formats & { canUndo: boolean; canRedo: boolean };

/**
 * What the toolbar shows, read on every transaction: the formats again only when the selection or
 * the blocks it is in changed (selectionMemo.ts), and the very same object while nothing it shows
 * changed, so that the comparison after each transaction ends at once (a deep one otherwise).
 */
function toolbarReader(): (state: EditorState) => ToolbarState {
  const formats = memoAtSelection(activeFormats);
  let last: { formats: Formats; value: ToolbarState } | null = null;
  return (state) => {
    const f = formats(state);
    const { canUndo, canRedo } = undoRedo(state);
    if (last?.formats !== f || last.value.canUndo !== canUndo || last.value.canRedo !== canRedo)
      last = { formats: f, value: { ...f, canUndo, canRedo } };
    return last.value;
  };
}

/** The formatting toolbar; every control is named by its action and its tooltip shows the shortcut. */
export function Toolbar({ editor, onLink, onFootnote, onTag, readOnlyReason: reason, onShortcuts }: ToolbarProps) {
  const t = useT();
  const read = useMemo(toolbarReader, []);
  const state = useEditorState({ editor, selector: ({ editor: e }) => read(e.state) });
  const chain = () => editor.chain().focus();
  const roving = useRovingToolbar(() => editor.commands.focus());
  const heading = (level: 1 | 2 | 3, pressed: boolean) => (
    <Tool
      label={t('toolbar.heading', { level })}
      shortcut={`heading${level}`}
      pressed={pressed}
      reason={reason}
      onClick={() => chain().toggleHeading({ level }).run()}
    >
      {t('toolbar.headingGlyph', { level })}
    </Tool>
  );
  return (
    <div role="toolbar" aria-label={t('toolbar.formatting')} className="toolbar" {...roving}>
      <Tool
        label={t('toolbar.undo')}
        shortcut="undo"
        directional
        disabled={!state.canUndo}
        reason={reason}
        onClick={() => chain().undo().run()}
      >
        {GLYPH.undo}
      </Tool>
      <Tool
        label={t('toolbar.redo')}
        shortcut="redo"
        directional
        disabled={!state.canRedo}
        reason={reason}
        onClick={() => chain().redo().run()}
      >
        {GLYPH.redo}
      </Tool>
      <span className="sep" />
      <Tool
        label={t('toolbar.bold')}
        shortcut="bold"
        pressed={state.bold}
        reason={reason}
        onClick={() => chain().toggleBold().run()}
      >
        <b>{t('toolbar.boldGlyph')}</b>
      </Tool>
      <Tool
        label={t('toolbar.italic')}
        shortcut="italic"
        pressed={state.italic}
        reason={reason}
        onClick={() => chain().toggleItalic().run()}
      >
        <i>{t('toolbar.italicGlyph')}</i>
      </Tool>
      <Tool
        label={t('toolbar.underline')}
        shortcut="underline"
        pressed={state.underline}
        reason={reason}
        onClick={() => chain().toggleUnderline().run()}
      >
        <u>{t('toolbar.underlineGlyph')}</u>
      </Tool>
      <Tool
        label={t('toolbar.strike')}
        shortcut="strike"
        pressed={state.strike}
        reason={reason}
        onClick={() => chain().toggleStrike().run()}
      >
        <s>{t('toolbar.strikeGlyph')}</s>
      </Tool>
      <span className="sep" />
      {heading(1, state.h1)}
      {heading(2, state.h2)}
      {heading(3, state.h3)}
      <span className="sep" />
      <Tool
        label={t('toolbar.bulletList')}
        shortcut="bulletList"
        pressed={state.bullet}
        reason={reason}
        onClick={() => chain().toggleBulletList().run()}
      >
        {GLYPH.bullets}
      </Tool>
      <Tool
        label={t('toolbar.numberedList')}
        shortcut="numberedList"
        pressed={state.ordered}
        reason={reason}
        onClick={() => chain().toggleOrderedList().run()}
      >
        {GLYPH.numbers}
      </Tool>
      <Tool
        label={t('toolbar.blockquote')}
        shortcut="blockquote"
        pressed={state.quote}
        reason={reason}
        onClick={() => chain().toggleBlockquote().run()}
      >
        {GLYPH.quote}
      </Tool>
      <span className="sep" />
      <Tool label={t('toolbar.link')} shortcut="link" pressed={state.link} reason={reason} onClick={onLink}>
        {t('toolbar.linkGlyph')}
      </Tool>
      <Tool label={t('toolbar.footnote')} reason={reason} onClick={onFootnote}>
        {GLYPH.footnote}
      </Tool>
      <Tool
        label={t('toolbar.table')}
        disabled={state.table}
        reason={reason}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        {GLYPH.table}
      </Tool>
      <Tool label={t('toolbar.rule')} reason={reason} onClick={() => chain().setHorizontalRule().run()}>
        {RULE}
      </Tool>
      <span className="sep" />
      <Tool label={t('toolbar.tag')} reason={reason} onClick={onTag}>
        {TAG}
      </Tool>
      {state.table && reason === undefined && <TableTools editor={editor} />}
      <span className="sep" />
      <Tool label={t('shortcuts.title')} shortcut="shortcuts" onClick={onShortcuts}>
        {GLYPH.keyboard}
      </Tool>
    </div>
  );
}
