/** The formats a session report can be written in (PDF is printed from the HTML by Electron). */
export const EXPORT_FORMATS = ['md', 'html', 'json'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
