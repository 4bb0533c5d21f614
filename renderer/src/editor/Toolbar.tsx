import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';

interface ToolbarProps {
  editor: Editor;
  onLink(): void;
  onFootnote(): void;
  onTag(): void;
  readOnly?: boolean;
}

interface ToolProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: React.ReactNode;
}

function Tool({ label, shortcut, pressed, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The formatting toolbar; every control has an accessible name and shows its shortcut. */
export function Toolbar({ editor, onLink, onFootnote, onTag, readOnly }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const off = readOnly === true;
  return (
    <div role="toolbar" aria-label="Formatting" className="toolbar">
      <Tool label="Undo" shortcut="Ctrl+Z" disabled={off || !state.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </Tool>
      <Tool label="Redo" shortcut="Ctrl+Shift+Z" disabled={off || !state.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </Tool>
      <span className="sep" />
      <Tool
        label="Bold"
        shortcut="Ctrl+B"
        pressed={state.bold}
        disabled={off}
        onClick={() => chain().toggleBold().run()}
      >
        <b>B</b>
      </Tool>
      <Tool
        label="Italic"
        shortcut="Ctrl+I"
        pressed={state.italic}
        disabled={off}
        onClick={() => chain().toggleItalic().run()}
      >
        <i>I</i>
      </Tool>
      <Tool
        label="Underline"
        shortcut="Ctrl+U"
        pressed={state.underline}
        disabled={off}
        onClick={() => chain().toggleUnderline().run()}
      >
        <u>U</u>
      </Tool>
      <Tool
        label="Strikethrough"
        shortcut="Ctrl+Shift+S"
        pressed={state.strike}
        disabled={off}
        onClick={() => chain().toggleStrike().run()}
      >
        <s>S</s>
      </Tool>
      <span className="sep" />
      <Tool
        label="Heading 1"
        shortcut="Ctrl+Alt+1"
        pressed={state.h1}
        disabled={off}
        onClick={() => chain().toggleHeading({ level: 1 }).run()}
      >
        H1
      </Tool>
      <Tool
        label="Heading 2"
        shortcut="Ctrl+Alt+2"
        pressed={state.h2}
        disabled={off}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      >
        H2
      </Tool>
      <Tool
        label="Heading 3"
        shortcut="Ctrl+Alt+3"
        pressed={state.h3}
        disabled={off}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      >
        H3
      </Tool>
      <span className="sep" />
      <Tool
        label="Bulleted list"
        shortcut="Ctrl+Shift+8"
        pressed={state.bullet}
        disabled={off}
        onClick={() => chain().toggleBulletList().run()}
      >
        •≡
      </Tool>
      <Tool
        label="Numbered list"
        shortcut="Ctrl+Shift+7"
        pressed={state.ordered}
        disabled={off}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1≡
      </Tool>
      <Tool
        label="Block quote"
        shortcut="Ctrl+Shift+B"
        pressed={state.quote}
        disabled={off}
        onClick={() => chain().toggleBlockquote().run()}
      >
        ❝
      </Tool>
      <span className="sep" />
      <Tool label="Link" shortcut="Ctrl+K" pressed={state.link} disabled={off} onClick={onLink}>
        Link
      </Tool>
      <Tool label="Insert footnote" disabled={off} onClick={onFootnote}>
        ¹
      </Tool>
      <Tool
        label="Insert table"
        disabled={off || state.table}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        ▦
      </Tool>
      <Tool label="Horizontal rule" disabled={off} onClick={() => chain().setHorizontalRule().run()}>
        ―
      </Tool>
      <span className="sep" />
      <Tool label="Tag objectives and principles" disabled={off} onClick={onTag}>
        #O
      </Tool>
      {state.table && !off && (
        <span role="group" aria-label="Table" className="table-tools">
          <Tool label="Add row below" onClick={() => chain().addRowAfter().run()}>
            +row
          </Tool>
          <Tool label="Add column right" onClick={() => chain().addColumnAfter().run()}>
            +col
          </Tool>
          <Tool label="Delete row" onClick={() => chain().deleteRow().run()}>
            −row
          </Tool>
          <Tool label="Delete column" onClick={() => chain().deleteColumn().run()}>
            −col
          </Tool>
          <Tool label="Delete table" onClick={() => chain().deleteTable().run()}>
            ✕▦
          </Tool>
        </span>
      )}
    </div>
  );
}
