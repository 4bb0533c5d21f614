import type { Catalogue } from '../messages.ts';

/**
 * Glosario (términos oficiales del Pacto; se mantienen tal cual):
 * - Global Compact for Safe, Orderly and Regular Migration: Pacto Mundial para la Migración Segura, Ordenada y Regular (el Pacto)
 * - International Migration Review Forum: Foro de Examen de la Migración Internacional (el Foro)
 * - Progress Declaration: Declaración sobre los Progresos
 * - round table: mesa redonda
 * - multi-stakeholder hearing: audiencia de múltiples interesados
 * Registro: usted.
 */
export const es: Catalogue = {
  'app.openingLibrary': 'Abriendo su biblioteca…',
  'app.anonymousMember': 'Miembro anónimo',
  'app.couldNotOpenWorkspace': 'No se pudo abrir el espacio de trabajo: {reason}',
  'app.joinedRelay':
    'Se ha unido al relé {relay} como {role, select, editor {editor} commenter {comentarista} viewer {lector} other {{role}}}.',
  'settings.language': 'Idioma',
  'settings.languageHint':
    'El idioma de los menús, los botones y los mensajes. Cada documento conserva su propio idioma.',

  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.close': 'Cerrar',
  'common.edit': 'Editar',
  'common.delete': 'Eliminar',
  'common.backToLibrary': 'Volver a la biblioteca',
  'common.quoted': '«{text}»',

  'notice.label': 'Mensaje',
  'notice.dismiss': 'Cerrar el mensaje',

  'confidence.badge': '{confidence, select, unconfirmed {sin confirmar} projected {previsto} other {{confidence}}}',
  'confidence.why':
    '{confidence, select, projected {Previsto: fecha provisional hasta que se anuncie} other {No confirmado por una fuente primaria}}',
  'confidence.described': '{label}: {explanation}',

  'file.concordFilter': 'Documento de Concord',
  'file.importFilter': 'Word o Markdown',
  'file.saveCopyTitle': 'Guardar una copia como archivo de Concord',
  'file.openTitle': 'Abrir un documento de Concord',
  'file.importTitle': 'Importar un archivo de Word o Markdown',
  'file.savedTo': 'Guardado en {location}.',
  'file.couldNotSave': 'No se pudo guardar el archivo: {reason}',
  'file.merged': 'El archivo se ha fusionado con «{title}», que ya estaba en su biblioteca.',
  'file.opened': 'Se ha abierto «{title}».',
  'file.couldNotOpen': 'No se pudo abrir el archivo: {reason}',
  'file.imported': 'Se ha importado {name}. {report}',
  'file.couldNotImport': 'No se pudo importar el archivo: {reason}',
  'error.fileTooLarge': '{name} es demasiado grande para abrirlo.',

  'import.nothingDropped': 'No se ha omitido nada.',
  'import.droppedReport': 'Se han omitido: {items}.',
  'import.wrongType': '{name} no es un archivo de Word (.docx) ni de Markdown (.md).',
  'import.dropped.image': '{count, plural, one {# imagen} other {# imágenes}}',
  'import.dropped.drawing': '{count, plural, one {# dibujo} other {# dibujos}}',
  'import.dropped.chart': '{count, plural, one {# gráfico} other {# gráficos}}',
  'import.dropped.equation': '{count, plural, one {# ecuación} other {# ecuaciones}}',
  'import.dropped.video': '{count, plural, one {# vídeo} other {# vídeos}}',
  'import.dropped.audio': '{count, plural, one {# clip de audio} other {# clips de audio}}',
  'import.dropped.embeddedFrame': '{count, plural, one {# marco incrustado} other {# marcos incrustados}}',
  'import.dropped.embeddedObject': '{count, plural, one {# objeto incrustado} other {# objetos incrustados}}',
  'import.dropped.textBox': '{count, plural, one {# cuadro de texto} other {# cuadros de texto}}',
  'import.dropped.script': '{count, plural, one {# script} other {# scripts}}',
  'import.dropped.styleSheet': '{count, plural, one {# hoja de estilo} other {# hojas de estilo}}',
  'import.dropped.form': '{count, plural, one {# formulario} other {# formularios}}',
  'import.dropped.formField': '{count, plural, one {# campo de formulario} other {# campos de formulario}}',
  'import.dropped.template': '{count, plural, one {# plantilla HTML} other {# plantillas HTML}}',
  'import.dropped.unsafeLink': '{count, plural, one {# enlace no seguro} other {# enlaces no seguros}}',
  'import.dropped.nestedTable': '{count, plural, one {# tabla de diseño anidada} other {# tablas de diseño anidadas}}',
  'import.dropped.htmlBlock': '{count, plural, one {# bloque HTML} other {# bloques HTML}}',
  'import.dropped.inlineHtml': '{count, plural, one {# etiqueta HTML en línea} other {# etiquetas HTML en línea}}',
  'import.dropped.comment': '{count, plural, one {# comentario} other {# comentarios}}',
  'import.dropped.trackedTableRow':
    '{count, plural, one {# cambio controlado en una fila de tabla} other {# cambios controlados en filas de tabla}}',
  'import.dropped.trackedTableCell':
    '{count, plural, one {# cambio controlado en una celda de tabla} other {# cambios controlados en celdas de tabla}}',
  'import.dropped.trackedFormatting':
    '{count, plural, one {# cambio controlado de formato} other {# cambios controlados de formato}}',
  'import.dropped.trackedParagraphBreak':
    '{count, plural, one {# cambio controlado en una marca de párrafo} other {# cambios controlados en marcas de párrafo}}',
  'import.dropped.trackedFootnoteEdit':
    '{count, plural, one {# cambio controlado en una nota al pie} other {# cambios controlados en notas al pie}}',

  'library.title': 'Biblioteca',
  'library.newDocument': 'Nuevo documento',
  'library.newFromTemplate': 'Nuevo a partir de una plantilla…',
  'library.openFile': 'Abrir archivo…',
  'library.import': 'Importar Word o Markdown…',
  'library.roadmap': 'Hoja de ruta',
  'library.coverage': 'Cobertura',
  'library.trash': 'Papelera',
  'library.milestone': 'Hito',
  'library.allMilestones': 'Todos',
  'library.sortBy': 'Ordenar por',
  'library.lastEdited': 'Última modificación',
  'library.deadline': 'Fecha límite',
  'library.empty': 'Todavía no hay documentos. Cree uno o abra un archivo .concord.',
  'library.documents': 'Documentos',
  'library.columnTitle': 'Título',
  'library.words': 'Palabras',
  'library.actions': 'Acciones',
  'library.deadlineWhen': '{date} ({relative})',
  'library.rename': 'Cambiar nombre',
  'library.renameNamed': 'Cambiar nombre de {title}',
  'library.duplicate': 'Duplicar',
  'library.duplicateNamed': 'Duplicar {title}',
  'library.delete': 'Eliminar',
  'library.trashNamed': 'Mover {title} a la papelera',
  'library.movedToTrash': '«{title}» se ha movido a la papelera. Puede restaurarlo desde allí.',
  'library.renameTitle': 'Cambiar el nombre del documento',
  'library.documentTitle': 'Título del documento',
  'library.titleEmpty': 'El título no puede quedar vacío.',
  'library.untitled': 'Documento sin título',
  'library.importedDocument': 'Documento importado',
  'library.copyOf': 'Copia de {title}',

  'trash.title': 'Papelera',
  'trash.empty': 'Vaciar la papelera',
  'trash.isEmpty': 'La papelera está vacía.',
  'trash.documents': 'Documentos en la papelera',
  'trash.deletedOn': 'Eliminado',
  'trash.restore': 'Restaurar',
  'trash.restoreNamed': 'Restaurar {title}',
  'trash.confirmTitle': '¿Vaciar la papelera?',
  'trash.deleteForGood': 'Eliminar definitivamente',
  'trash.confirmText':
    '{count, plural, one {Se eliminará # documento} other {Se eliminarán # documentos}} de este equipo de forma definitiva. Esta acción no se puede deshacer.',
  'trash.deleted':
    '{count, plural, =0 {No se ha eliminado ningún documento.} one {Se ha eliminado # documento definitivamente.} other {Se han eliminado # documentos definitivamente.}}',
};
