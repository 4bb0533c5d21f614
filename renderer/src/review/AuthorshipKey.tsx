import { useEditorState } from '@tiptap/react';
import { readPeople } from '../../../shared/review/people.ts';
import { PEOPLE_FIELD } from '../../../shared/review/schema/fields.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { useT } from '../i18n/useT.ts';
import { authorshipAt } from './authorshipAt.ts';
import { useReviewUi } from './useReviewSession.ts';

/**
 * While "who wrote what" colours the text: each author's name beside their colour, and the author
 * of the text at the caret in words, so authorship is never told by colour alone.
 */
export function AuthorshipKey() {
  const { editor, review } = useDocument();
  const { authorship } = useReviewUi(review);
  const t = useT();
  const people = useYValue(review.doc.getMap(PEOPLE_FIELD), () => [...readPeople(review.doc).values()], [review]);
  const atCaret = useEditorState({ editor, selector: ({ editor: e }) => authorshipAt(e.state) });
  if (!authorship) return null;
  return (
    <div className="authorship-key" role="group" aria-label={t('review.authorsKey')}>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            <span className="dot" aria-hidden="true" style={{ ['--author-colour' as string]: p.colour }} />
            <bdi>{p.name}</bdi>
          </li>
        ))}
      </ul>
      <p className="hint">
        {atCaret === undefined
          ? t('review.atCaretNone')
          : atCaret === null
            ? t('review.atCaretUnknown')
            : t('review.atCaret', { name: atCaret })}
      </p>
    </div>
  );
}
