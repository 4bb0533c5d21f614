import type { Catalogue } from '../messages.ts';

export const ru: Catalogue = {
  'app.openingLibrary': 'Открываем вашу библиотеку…',
  'settings.language': 'Язык',
  'settings.languageHint': 'Язык меню, кнопок и сообщений. У каждого документа остаётся свой язык.',
};
