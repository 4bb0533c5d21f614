/**
 * The English catalogue: the source of every message id. Messages are ICU MessageFormat
 * (`{count, plural, one {# change} other {# changes}}`); keep ids grouped by the view that shows them.
 */
export const en = {
  'app.openingLibrary': 'Opening your library…',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of menus, buttons and messages. Documents keep their own language.',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': 'Document language',
  'document.languageHint':
    'The language this document is written in. Spell-checking, the direction of empty paragraphs, the fonts of the PDF and the language tags of Word files follow it; each paragraph still takes its direction from its own text.',
  'templates.language': 'Language of the document',
  'templates.unofficialTitles':
    'In this language some titles of objectives or guiding principles are not the Compact’s official wording (our translation, or a secondary source). The document marks each one with a note giving the official English title.',
  'tags.unofficialTitle': '(not the official wording)',
} as const;
