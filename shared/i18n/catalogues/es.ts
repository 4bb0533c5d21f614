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
  'sync.local': 'Guardado en este equipo (sin conexión a un relé)',
  'sync.offline': 'Sin conexión: los cambios se guardan en este equipo',
  'sync.offlineWaiting':
    'Sin conexión: {count, plural, one {# cambio guardado} other {# cambios guardados}} en este equipo',
  'sync.connecting': 'Conectando…',
  'sync.reconnecting': 'Reconexión en {seconds} s',
  'sync.online': 'En línea: todos los cambios guardados',
  'sync.waiting': 'En línea: {count, plural, one {# cambio pendiente} other {# cambios pendientes}}',
  'sync.docsWaiting': 'En línea: {count, plural, one {# documento pendiente} other {# documentos pendientes}}',
  'sync.offlineDocs':
    'Sin conexión: {count, plural, one {# documento con cambios guardado} other {# documentos con cambios guardados}} en este equipo',
  'sync.recovering': 'Apartando un cambio rechazado…',
  'sync.refusedShort': 'Rechazado: {reason}',
  'relay.refused': 'Rechazado: {reason} — {todo}',
  'relay.reason.unauthorized': 'su invitación ya no es válida (caducó o fue revocada)',
  'relay.todo.unauthorized': 'pida una nueva invitación al propietario del espacio de trabajo',
  'relay.reason.forbidden':
    'esta invitación es para otro espacio de trabajo, o esta página no puede conectarse al relé',
  'relay.todo.forbidden': 'vuelva a abrir el enlace de invitación que recibió',
  'relay.reason.malformed': 'el relé no pudo leer lo que envió esta aplicación',
  'relay.todo.malformed': 'compruebe la dirección del relé o actualice la aplicación',
  'relay.reason.frameTooLarge': 'un cambio era demasiado grande para el relé',
  'relay.todo.frameTooLarge': 'péguelo o impórtelo en partes más pequeñas',
  'relay.reason.documentTooLarge': 'el documento alcanzó el límite de tamaño del relé',
  'relay.todo.documentTooLarge': 'pida al administrador del relé que lo aumente, o divida el documento',
  'relay.reason.other': 'el relé cerró la conexión (código {code})',
  'relay.todo.other': 'inténtelo más tarde; sus cambios se guardan en este equipo',
  'relay.reason.others': 'solo puede cambiar sus propios comentarios y su propio nombre',
  'relay.reason.invalid': 'el relé no pudo aceptar un cambio de esta aplicación',
  'relay.todo.setAside': 'el cambio se apartó; lo que haga a continuación se comparte como siempre',
  'relay.libraryDeclined': 'Sus cambios en la biblioteca no se compartieron: {reason}',
  'notice.dismiss': 'Descartar',
  'notice.region': 'Mensajes de conexión',
  'setAside.region': 'Cambios no compartidos',
  'setAside.heading': 'No compartido: {reason}',
  'setAside.intro':
    'El relé rechazó estos cambios. Se apartaron en este equipo y no se enviarán; el documento muestra lo que el relé aceptó. Cópielos para conservarlos, por ejemplo para enviárselos a un editor.',
  'setAside.title': 'Título: {text}',
  'setAside.setting': 'Configuración {name}: {value}',
  'setAside.text': 'Texto: {text}',
  'setAside.removed': 'Texto eliminado: {text}',
  'setAside.comment': 'Comentario: {text}',
  'setAside.commentKept': 'Comentario, enviado de nuevo: {text}',
  'setAside.other': 'Cambios en «{name}»',
  'setAside.copy': 'Copiar',
  'setAside.copied': 'Copiado',
  'export.printDialog': 'Elija «Guardar como PDF» en el cuadro de impresión para guardar el PDF.',
};
