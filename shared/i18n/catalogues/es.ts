import type { Catalogue } from '../messages.ts';

export const es: Catalogue = {
  'app.openingLibrary': 'Abriendo su biblioteca…',
  'settings.language': 'Idioma',
  'settings.languageHint':
    'El idioma de los menús, los botones y los mensajes. Cada documento conserva su propio idioma.',
  'role.owner': 'Propietario',
  'role.editor': 'Editor',
  'role.commenter': 'Comentarista',
  'role.viewer': 'Lector',
  'role.denied.viewer': 'Los lectores pueden leer y exportar; pida a un editor que haga los cambios.',
  'role.denied.commenter.editText':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que cambie el texto directamente.',
  'role.denied.commenter.editTitle':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que cambie el título.',
  'role.denied.commenter.editSettings':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que cambie la configuración del documento.',
  'role.denied.commenter.changeStatus':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que cambie el estado.',
  'role.denied.commenter.saveVersion':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que guarde o restaure versiones.',
  'role.denied.commenter.recordSignOn':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que registre las adhesiones.',
  'role.denied.commenter.editLibrary':
    'Los comentaristas pueden sugerir y comentar; pida a un editor que añada, renombre o elimine documentos.',
  'role.denied.share':
    'Solo los propietarios del espacio de trabajo pueden invitar a personas y cambiar sus funciones.',
  'role.locked.final': 'Este documento es definitivo; un editor debe reabrirlo antes de que se pueda cambiar nada.',
  'role.locked.submitted':
    'Este documento ya se presentó; un editor debe reabrirlo antes de que se pueda cambiar nada.',
};
