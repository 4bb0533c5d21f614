/** The formats a document exports to: the app's export dialog and `concord export --format` offer these. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html'] as const;
/** One export format; it is also the file extension. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
