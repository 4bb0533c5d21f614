import type { Catalogue } from '../messages.ts';

export const ru: Catalogue = {
  'app.openingLibrary': 'Открываем вашу библиотеку…',
  'settings.language': 'Язык',
  'settings.languageHint': 'Язык меню, кнопок и сообщений. У каждого документа остаётся свой язык.',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': 'Язык документа',
  'document.languageHint':
    'Язык, на котором написан документ. От него зависят проверка орфографии, направление письма в пустых абзацах, шрифты PDF и языковые метки файлов Word; направление каждого абзаца по-прежнему определяется его собственным текстом.',
  'templates.language': 'Язык документа',
  'templates.unofficialTitles':
    'На этом языке некоторые названия целей или руководящих принципов не являются официальной формулировкой Глобального договора (наш перевод или вторичный источник). В документе каждое из них отмечено сноской с официальным названием на английском языке.',
  'tags.unofficialTitle': '(неофициальная формулировка)',
};
