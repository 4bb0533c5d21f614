import { FORMAT_DROPPED_KINDS } from '../../../shared/import/importTypes.ts';
import type { DroppedKind, ImportedDocument } from '../../../shared/import/importTypes.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import type { Formats } from '../i18n/formats.ts';
import type { Translate } from '../i18n/useT.ts';

/** Each kind of dropped content as a counted phrase ("{count, plural, one {# image} other {# images}}"). */
const KIND_MESSAGES: Record<DroppedKind, MessageId> = {
  image: 'import.dropped.image',
  drawing: 'import.dropped.drawing',
  chart: 'import.dropped.chart',
  equation: 'import.dropped.equation',
  video: 'import.dropped.video',
  audio: 'import.dropped.audio',
  'embedded frame': 'import.dropped.embeddedFrame',
  'embedded object': 'import.dropped.embeddedObject',
  'text box': 'import.dropped.textBox',
  script: 'import.dropped.script',
  'style sheet': 'import.dropped.styleSheet',
  form: 'import.dropped.form',
  'form field': 'import.dropped.formField',
  template: 'import.dropped.template',
  'unsafe link': 'import.dropped.unsafeLink',
  'nested table layout': 'import.dropped.nestedTable',
  'HTML block': 'import.dropped.htmlBlock',
  'inline HTML tag': 'import.dropped.inlineHtml',
  comment: 'import.dropped.comment',
  'tracked table row': 'import.dropped.trackedTableRow',
  'tracked table cell': 'import.dropped.trackedTableCell',
  'tracked formatting change': 'import.dropped.trackedFormatting',
  'tracked paragraph break': 'import.dropped.trackedParagraphBreak',
  'tracked footnote edit': 'import.dropped.trackedFootnoteEdit',
  'linked image file': 'import.dropped.linkedImageFile',
  'missing image file': 'import.dropped.missingImageFile',
  'EMF image': 'import.dropped.emfImage',
  'WMF image': 'import.dropped.wmfImage',
  'TIFF image': 'import.dropped.tiffImage',
  'WebP image': 'import.dropped.webpImage',
};

/**
 * What an import left out, in the interface language: "Dropped 3 images and 1 text box.", why
 * images in files beside a Markdown file were not read when the app had only the file itself, and
 * what to do in Word about images in a format Concord cannot show (EMF, WMF, TIFF).
 */
export function importReport(t: Translate, format: Formats, dropped: ImportedDocument['dropped']): string {
  const parts = (Object.entries(dropped) as [DroppedKind, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => t(KIND_MESSAGES[kind], { count }));
  if (!parts.length) return t('import.nothingDropped');
  const notes = [t('import.droppedReport', { items: format.list(parts) })];
  if (dropped['linked image file']) notes.push(t('import.linkedImagesNote'));
  const formats = FORMAT_DROPPED_KINDS.filter((kind) => (dropped[kind] ?? 0) > 0).map((kind) => kind.split(' ')[0]!);
  if (formats.length) notes.push(t('import.imageFormatNote', { formats: format.list(formats) }));
  return notes.join(' ');
}
