/**
 * The English catalogue: the source of every message id. Messages are ICU MessageFormat
 * (`{count, plural, one {# change} other {# changes}}`); keep ids grouped by the view that shows them.
 *
 * Glossary (the Compact's own terms; every catalogue keeps its language's official wording):
 * - Global Compact for Safe, Orderly and Regular Migration (the Compact)
 * - International Migration Review Forum (the forum)
 * - Progress Declaration
 * - round table
 * - multi-stakeholder hearing
 */
export const en = {
  // The application as a whole
  'app.openingLibrary': 'Opening your library…',
  'app.anonymousMember': 'Anonymous member',
  'app.couldNotOpenWorkspace': 'Could not open the workspace: {reason}',
  'app.joinedRelay':
    'Joined the relay at {relay} as {role, select, editor {an editor} commenter {a commenter} viewer {a viewer} other {{role}}}.',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of menus, buttons and messages. Documents keep their own language.',

  // Words many views share
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.backToLibrary': 'Back to library',
  'common.quoted': '“{text}”',

  // The notice at the top of the window
  'notice.label': 'Message',
  'notice.dismiss': 'Dismiss message',

  // Facts no primary source confirms
  'confidence.badge': '{confidence, select, unconfirmed {unconfirmed} projected {projected} other {{confidence}}}',
  'confidence.why':
    '{confidence, select, projected {Projected: a placeholder until announced} other {Not confirmed by a primary source}}',
  'confidence.described': '{label}: {explanation}',

  // Opening, saving and importing files
  'file.concordFilter': 'Concord document',
  'file.importFilter': 'Word or Markdown',
  'file.saveCopyTitle': 'Save a copy as a Concord file',
  'file.openTitle': 'Open a Concord document',
  'file.importTitle': 'Import a Word or Markdown file',
  'file.savedTo': 'Saved to {location}.',
  'file.couldNotSave': 'Could not save the file: {reason}',
  'file.merged': 'Merged the file into “{title}”, which was already in your library.',
  'file.opened': 'Opened “{title}”.',
  'file.couldNotOpen': 'Could not open the file: {reason}',
  'file.imported': 'Imported {name}. {report}',
  'file.couldNotImport': 'Could not import the file: {reason}',
  'error.fileTooLarge': '{name} is too large to open.',

  // What an import had to leave out
  'import.nothingDropped': 'Nothing was dropped.',
  'import.droppedReport': 'Dropped {items}.',
  'import.wrongType': '{name} is neither a Word (.docx) nor a Markdown (.md) file.',
  'import.dropped.image': '{count, plural, one {# image} other {# images}}',
  'import.dropped.drawing': '{count, plural, one {# drawing} other {# drawings}}',
  'import.dropped.chart': '{count, plural, one {# chart} other {# charts}}',
  'import.dropped.equation': '{count, plural, one {# equation} other {# equations}}',
  'import.dropped.video': '{count, plural, one {# video} other {# videos}}',
  'import.dropped.audio': '{count, plural, one {# audio clip} other {# audio clips}}',
  'import.dropped.embeddedFrame': '{count, plural, one {# embedded frame} other {# embedded frames}}',
  'import.dropped.embeddedObject': '{count, plural, one {# embedded object} other {# embedded objects}}',
  'import.dropped.textBox': '{count, plural, one {# text box} other {# text boxes}}',
  'import.dropped.script': '{count, plural, one {# script} other {# scripts}}',
  'import.dropped.styleSheet': '{count, plural, one {# style sheet} other {# style sheets}}',
  'import.dropped.form': '{count, plural, one {# form} other {# forms}}',
  'import.dropped.formField': '{count, plural, one {# form field} other {# form fields}}',
  'import.dropped.template': '{count, plural, one {# HTML template} other {# HTML templates}}',
  'import.dropped.unsafeLink': '{count, plural, one {# unsafe link} other {# unsafe links}}',
  'import.dropped.nestedTable': '{count, plural, one {# nested table layout} other {# nested table layouts}}',
  'import.dropped.htmlBlock': '{count, plural, one {# HTML block} other {# HTML blocks}}',
  'import.dropped.inlineHtml': '{count, plural, one {# inline HTML tag} other {# inline HTML tags}}',
  'import.dropped.comment': '{count, plural, one {# comment} other {# comments}}',
  'import.dropped.trackedTableRow': '{count, plural, one {# tracked table row} other {# tracked table rows}}',
  'import.dropped.trackedTableCell': '{count, plural, one {# tracked table cell} other {# tracked table cells}}',
  'import.dropped.trackedFormatting':
    '{count, plural, one {# tracked formatting change} other {# tracked formatting changes}}',
  'import.dropped.trackedParagraphBreak':
    '{count, plural, one {# tracked paragraph break} other {# tracked paragraph breaks}}',
  'import.dropped.trackedFootnoteEdit':
    '{count, plural, one {# tracked footnote edit} other {# tracked footnote edits}}',

  // The library
  'library.title': 'Library',
  'library.newDocument': 'New document',
  'library.newFromTemplate': 'New from template…',
  'library.openFile': 'Open file…',
  'library.import': 'Import Word or Markdown…',
  'library.roadmap': 'Roadmap',
  'library.coverage': 'Coverage',
  'library.trash': 'Trash',
  'library.milestone': 'Milestone',
  'library.allMilestones': 'All',
  'library.sortBy': 'Sort by',
  'library.lastEdited': 'Last edited',
  'library.deadline': 'Deadline',
  'library.empty': 'No documents yet. Create one, or open a .concord file.',
  'library.documents': 'Documents',
  'library.columnTitle': 'Title',
  'library.words': 'Words',
  'library.actions': 'Actions',
  'library.deadlineWhen': '{date} ({relative})',
  'library.rename': 'Rename',
  'library.renameNamed': 'Rename {title}',
  'library.duplicate': 'Duplicate',
  'library.duplicateNamed': 'Duplicate {title}',
  'library.delete': 'Delete',
  'library.trashNamed': 'Move {title} to trash',
  'library.movedToTrash': '“{title}” moved to the trash. You can restore it from there.',
  'library.renameTitle': 'Rename document',
  'library.documentTitle': 'Document title',
  'library.titleEmpty': 'A title cannot be empty.',
  'library.untitled': 'Untitled document',
  'library.importedDocument': 'Imported document',
  'library.copyOf': 'Copy of {title}',

  // The trash
  'trash.title': 'Trash',
  'trash.empty': 'Empty trash',
  'trash.isEmpty': 'The trash is empty.',
  'trash.documents': 'Trashed documents',
  'trash.deletedOn': 'Deleted',
  'trash.restore': 'Restore',
  'trash.restoreNamed': 'Restore {title}',
  'trash.confirmTitle': 'Empty the trash?',
  'trash.deleteForGood': 'Delete for good',
  'trash.confirmText':
    '{count, plural, one {# document} other {# documents}} will be deleted from this computer for good. This cannot be undone.',
  'trash.deleted':
    '{count, plural, =0 {No document deleted.} one {# document deleted for good.} other {# documents deleted for good.}}',
} as const;
