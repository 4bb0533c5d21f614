/**
 * The English catalogue: the source of every message id. Messages are ICU MessageFormat
 * (`{count, plural, one {# change} other {# changes}}`); keep ids grouped by the view that shows them.
 */
export const en = {
  'app.openingLibrary': 'Opening your library…',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of menus, buttons and messages. Documents keep their own language.',
  'common.save': 'Save',
  'common.cancel': 'Cancel',

  // Images, captions and cross-references in the editor
  'image.insert': 'Insert image',
  'image.fileLabel': 'Image file',
  'image.describeTitle': 'Describe the image',
  'image.altLabel': 'Alt text: what the image shows, for readers who cannot see it',
  'image.altHint':
    'Leave it empty only for a purely decorative image: the check before export lists images without alt text.',
  'image.captionLabel': 'Caption (optional; numbered as a figure)',
  'image.insertConfirm': 'Insert',
  'image.altTitle': 'Alt text of the image',
  'image.altShort': 'Alt',
  'image.altEdit': 'Alt text',
  'image.tools': 'Image',
  'image.alignStart': 'Align to the start of the line',
  'image.alignCenter': 'Centre',
  'image.alignEnd': 'Align to the end of the line',
  'image.smaller': 'Smaller (keeps the proportions)',
  'image.larger': 'Larger (keeps the proportions)',
  'image.resize': 'Drag to resize (keeps the proportions)',
  'image.onItsWay': 'Image on its way…',
  'image.noAlt': 'No alt text',
  'image.described': 'Image: {alt}',
  'image.refusedTooLarge': '{name} is too large ({size} MB; the limit is {max} MB). Nothing was inserted.',
  'image.refusedTooManyPixels':
    '{name} is too large to open safely ({width} × {height} pixels; the limit is {max} million pixels). Nothing was inserted.',
  'image.refusedUnsupported':
    '{name} is not an image Concord can hold (PNG, JPEG, GIF, WebP or SVG). Nothing was inserted.',
  'image.refusedDamaged': '{name} is damaged and cannot be read. Nothing was inserted.',
  'image.pastedName': 'The pasted image',
  'image.remoteDropped':
    '{count, plural, one {# image from the web was left out} other {# images from the web were left out}}: Concord never loads images from web addresses by itself, because a hidden image can reveal who opened a document. Save the image, then insert it from the file.',
  'image.insertedWithoutAlt':
    '{count, plural, one {# image inserted} other {# images inserted}}. Select each one and choose “Alt” to describe it.',
  'image.uploadRefused':
    'The relay refused an image ({reason}). It stays on this computer; other members will not see it until it is smaller or the workspace has room.',
  'caption.add': 'Add a caption',
  'caption.short': 'Caption',
  'caption.addTable': 'Add a table caption',
  'crossRef.insert': 'Insert a cross-reference to a figure or table',
  'crossRef.short': 'See…',
  'crossRef.title': 'Refer to a figure or table',
  'crossRef.choose': 'Figure or table',
  'crossRef.none': 'This document has no captioned figures or tables yet: add a caption to an image or a table first.',
  'crossRef.option': '{label}: {text}',

  // Images in the export dialog
  'export.listOfFigures': 'List the figures and tables after the contents',
  'export.missingAlt':
    '{count, plural, one {# image has no alt text} other {# images have no alt text}}: readers who use a screen reader will not know what it shows. Select each image and choose “Alt” to describe it, or export anyway.',
  'export.missingImages':
    '{count, plural, one {# image has not reached this computer yet} other {# images have not reached this computer yet}}: the export shows a note in its place.',

  // Member organisations' logos
  'members.chooseLogo': 'Logo…',
  'members.logoOf': 'Logo of {name}',
  'members.logoFile': 'Logo file for {name} (shown on document covers)',
} as const;
