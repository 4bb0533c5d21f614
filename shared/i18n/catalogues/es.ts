import type { Catalogue } from '../messages.ts';

export const es: Catalogue = {
  'app.openingLibrary': 'Abriendo su biblioteca…',
  'settings.language': 'Idioma',
  'settings.languageHint':
    'El idioma de los menús, los botones y los mensajes. Cada documento conserva su propio idioma.',
  'common.save': 'Guardar',
  'common.cancel': 'Cancelar',

  // Images, captions and cross-references in the editor
  'image.insert': 'Insertar imagen',
  'image.fileLabel': 'Archivo de imagen',
  'image.describeTitle': 'Describir la imagen',
  'image.altLabel': 'Texto alternativo: lo que muestra la imagen, para quienes no pueden verla',
  'image.altHint':
    'Déjelo vacío solo si la imagen es puramente decorativa: la revisión previa a la exportación señala las imágenes sin texto alternativo.',
  'image.captionLabel': 'Pie de figura (opcional; se numera como figura)',
  'image.insertConfirm': 'Insertar',
  'image.altTitle': 'Texto alternativo de la imagen',
  'image.altShort': 'Alt',
  'image.altEdit': 'Texto alternativo',
  'image.tools': 'Imagen',
  'image.alignStart': 'Alinear al inicio de la línea',
  'image.alignCenter': 'Centrar',
  'image.alignEnd': 'Alinear al final de la línea',
  'image.smaller': 'Más pequeña (mantiene las proporciones)',
  'image.larger': 'Más grande (mantiene las proporciones)',
  'image.resize': 'Arrastre para cambiar el tamaño (mantiene las proporciones)',
  'image.onItsWay': 'La imagen está llegando…',
  'image.noAlt': 'Sin texto alternativo',
  'image.described': 'Imagen: {alt}',
  'image.refusedTooLarge': '{name} es demasiado grande ({size} MB; el límite es {max} MB). No se ha insertado nada.',
  'image.refusedTooManyPixels':
    '{name} es demasiado grande para abrirla con seguridad ({width} × {height} píxeles; el límite es {max} millones de píxeles). No se ha insertado nada.',
  'image.refusedUnsupported':
    '{name} no es una imagen que Concord pueda guardar (PNG, JPEG, GIF, WebP o SVG). No se ha insertado nada.',
  'image.refusedDamaged': '{name} está dañado y no se puede leer. No se ha insertado nada.',
  'image.pastedName': 'La imagen pegada',
  'image.remoteDropped':
    '{count, plural, one {Se ha omitido # imagen de la web} other {Se han omitido # imágenes de la web}}: Concord nunca carga por sí solo imágenes desde direcciones web, porque una imagen oculta puede revelar quién abrió un documento. Guarde la imagen y luego insértela desde el archivo.',
  'image.insertedWithoutAlt':
    '{count, plural, one {Se ha insertado # imagen} other {Se han insertado # imágenes}}. Seleccione cada una y elija «Alt» para describirla.',
  'image.uploadRefused':
    'El relé rechazó una imagen ({reason}). Se queda en este equipo; los demás miembros no la verán hasta que sea más pequeña o el espacio de trabajo tenga sitio.',
  'caption.add': 'Añadir un pie',
  'caption.short': 'Pie',
  'caption.addTable': 'Añadir un título de tabla',
  'crossRef.insert': 'Insertar una referencia cruzada a una figura o tabla',
  'crossRef.short': 'Véase…',
  'crossRef.title': 'Remitir a una figura o tabla',
  'crossRef.choose': 'Figura o tabla',
  'crossRef.none':
    'Este documento aún no tiene figuras ni tablas con pie: añada primero un pie a una imagen o a una tabla.',
  'crossRef.option': '{label}: {text}',

  // Images in the export dialog
  'export.listOfFigures': 'Incluir una lista de figuras y tablas después del índice',
  'export.missingAlt':
    '{count, plural, one {# imagen no tiene texto alternativo} other {# imágenes no tienen texto alternativo}}: quienes usan un lector de pantalla no sabrán lo que muestran. Seleccione cada imagen y elija «Alt» para describirla, o exporte de todos modos.',
  'export.missingImages':
    '{count, plural, one {# imagen aún no ha llegado a este equipo} other {# imágenes aún no han llegado a este equipo}}: la exportación muestra una nota en su lugar.',

  // Member organisations' logos
  'members.chooseLogo': 'Logotipo…',
  'members.logoOf': 'Logotipo de {name}',
  'members.logoFile': 'Archivo del logotipo de {name} (aparece en la portada de los documentos)',
};
