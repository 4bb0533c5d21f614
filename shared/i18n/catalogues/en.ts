/**
 * The English catalogue: the source of every message id. Messages are ICU MessageFormat
 * (`{count, plural, one {# change} other {# changes}}`); keep ids grouped by the view that shows them.
 */
export const en = {
  'app.openingLibrary': 'Opening your library…',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of menus, buttons and messages. Documents keep their own language.',
  'role.owner': 'Owner',
  'role.editor': 'Editor',
  'role.commenter': 'Commenter',
  'role.viewer': 'Viewer',
  'role.denied.viewer': 'Viewers can read and export; ask an editor to make changes.',
  'role.denied.commenter.editText': 'Commenters can suggest and comment; ask an editor to change the text directly.',
  'role.denied.commenter.editTitle': 'Commenters can suggest and comment; ask an editor to change the title.',
  'role.denied.commenter.editSettings':
    'Commenters can suggest and comment; ask an editor to change the document’s settings.',
  'role.denied.commenter.changeStatus': 'Commenters can suggest and comment; ask an editor to change the status.',
  'role.denied.commenter.saveVersion': 'Commenters can suggest and comment; ask an editor to save or restore versions.',
  'role.denied.commenter.recordSignOn': 'Commenters can suggest and comment; ask an editor to record sign-on.',
  'role.denied.commenter.editLibrary':
    'Commenters can suggest and comment; ask an editor to add, rename or remove documents.',
  'role.denied.share': 'Only the workspace’s owners can invite people and change their roles.',
  'role.locked.final': 'This document is final; an editor must reopen it before anything can change.',
  'role.locked.submitted': 'This document has been submitted; an editor must reopen it before anything can change.',
} as const;
