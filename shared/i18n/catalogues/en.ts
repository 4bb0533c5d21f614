/**
 * The English catalogue: the source of every message id. Messages are ICU MessageFormat
 * (`{count, plural, one {# change} other {# changes}}`); keep ids grouped by the view that shows them.
 */
export const en = {
  'app.openingLibrary': 'Opening your library…',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of menus, buttons and messages. Documents keep their own language.',
} as const;
