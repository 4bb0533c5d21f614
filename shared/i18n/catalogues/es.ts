import type { Catalogue } from '../messages.ts';

export const es: Catalogue = {
  'app.openingLibrary': 'Abriendo su biblioteca…',
  'settings.language': 'Idioma',
  'settings.languageHint':
    'El idioma de los menús, los botones y los mensajes. Cada documento conserva su propio idioma.',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': 'Idioma del documento',
  'document.languageHint':
    'El idioma en que está redactado este documento. De él dependen la corrección ortográfica, la dirección de los párrafos vacíos, las fuentes del PDF y las etiquetas de idioma de los archivos de Word; cada párrafo sigue tomando la dirección de su propio texto.',
  'templates.language': 'Idioma del documento',
  'templates.unofficialTitles':
    'En este idioma, algunos títulos de objetivos o principios rectores no corresponden al texto oficial del Pacto (traducción propia o fuente secundaria). El documento señala cada uno con una nota que indica el título oficial en inglés.',
  'tags.unofficialTitle': '(texto no oficial)',
};
