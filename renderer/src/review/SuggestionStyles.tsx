import type * as Y from 'yjs';
import { readAllSuggestionMeta } from '../../../shared/review/suggestionMeta.ts';
import { SUGGESTIONS_FIELD } from '../../../shared/review/schema/fields.ts';
import { useYValue } from '../hooks/useYValue.ts';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Colours each suggestion with its author's colour: one CSS rule per suggestion, keyed by the mark's
 * `data-id`, rebuilt only when the `suggestions` map changes (never per keystroke).
 */
export function SuggestionStyles({ doc }: { doc: Y.Doc }) {
  const css = useYValue(doc.getMap(SUGGESTIONS_FIELD), () => {
    const rules: string[] = [];
    readAllSuggestionMeta(doc).forEach((meta, id) => {
      if (SAFE_ID.test(id)) rules.push(`.ProseMirror [data-id='"${id}"'] { --author-colour: ${meta.colour}; }`);
    });
    return rules.join('\n');
  });
  return <style>{css}</style>;
}
