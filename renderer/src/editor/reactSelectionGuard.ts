import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const editableProperty = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')!;

/**
 * Keeps React's commits from walking the whole document. Before every commit React saves the
 * selection of the focused element when it "has selection capabilities" (an input, a textarea or an
 * element whose `contentEditable` property reads "true") and, for an editable element, computes the
 * selection's character offsets by walking every DOM node inside it (react-dom's
 * getSelectionInformation; react/react#1350 asked for a way out): with the editor focused, each
 * commit of any panel walked a 400-page report's DOM, several milliseconds a time, on every
 * keystroke. ProseMirror owns its selection and React never needs to restore it, so the editor's
 * element reads "inherit" through that property while the attribute, which the browser and
 * ProseMirror go by (and `isContentEditable`), stays "true".
 */
export const ReactSelectionGuard = Extension.create({
  name: 'reactSelectionGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reactSelectionGuard'),
        view(view) {
          Object.defineProperty(view.dom, 'contentEditable', {
            configurable: true,
            get(this: HTMLElement) {
              const value = editableProperty.get!.call(this) as string;
              return value === 'true' ? 'inherit' : value;
            },
            set(this: HTMLElement, value: string) {
              editableProperty.set!.call(this, value);
            },
          });
          return { destroy: () => void Reflect.deleteProperty(view.dom, 'contentEditable') };
        },
      }),
    ];
  },
});
