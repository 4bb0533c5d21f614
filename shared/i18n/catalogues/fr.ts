import type { Catalogue } from '../messages.ts';

export const fr: Catalogue = {
  'app.openingLibrary': 'Ouverture de votre bibliothèque…',
  'settings.language': 'Langue',
  'settings.languageHint': 'La langue des menus, des boutons et des messages. Chaque document garde sa propre langue.',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': 'Langue du document',
  'document.languageHint':
    'La langue dans laquelle ce document est rédigé. La correction orthographique, le sens d’écriture des paragraphes vides, les polices du PDF et les balises de langue des fichiers Word en dépendent ; chaque paragraphe garde le sens d’écriture de son propre texte.',
  'templates.language': 'Langue du document',
  'templates.unofficialTitles':
    'Dans cette langue, certains intitulés d’objectifs ou de principes directeurs ne reprennent pas le libellé officiel du Pacte (traduction de notre part ou source secondaire). Le document signale chacun d’eux par une note donnant l’intitulé officiel en anglais.',
  'tags.unofficialTitle': '(libellé non officiel)',
};
