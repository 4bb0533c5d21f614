import type { Catalogue } from '../messages.ts';

export const es: Catalogue = {
  'app.openingLibrary': 'Abriendo su biblioteca…',
  'settings.language': 'Idioma',
  'settings.languageHint':
    'El idioma de los menús, los botones y los mensajes. Cada documento conserva su propio idioma.',
};
