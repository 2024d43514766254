export { EXPORT_FORMATS, type ExportFormat } from '../protocol'
