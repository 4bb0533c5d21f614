import type { Locale } from '../../../shared/i18n/locales.ts';
import { directionOf } from '../../../shared/i18n/locales.ts';
import { tagTitle, type TagInfo } from '../../../shared/domain/tags.ts';
import { useT } from '../i18n/useT.ts';

/**
 * A tag's title in the document's language, beside the English one, with a word when that wording is
 * not the Compact's official one (our translation or a secondary source): never shown as the Compact's
 * text. Nothing for an English document, whose titles are the official ones already shown.
 */
export function LocalTagTitle({ tag, language }: { tag: TagInfo; language: Locale }) {
  const t = useT();
  if (language === 'en') return null;
  const title = tagTitle(tag, language);
  return (
    <span className="hint tag-local-title">
      <span lang={language} dir={directionOf(language)}>
        {title.text}
      </span>
      {!title.official && <em title={tag.title}>{t('tags.unofficialTitle')}</em>}
    </span>
  );
}
