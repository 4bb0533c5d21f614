import type { Catalogue } from '../messages.ts';

export const fr: Catalogue = {
  'app.openingLibrary': 'Ouverture de votre bibliothèque…',
  'settings.language': 'Langue',
  'settings.languageHint': 'La langue des menus, des boutons et des messages. Chaque document garde sa propre langue.',
};
