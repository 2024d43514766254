import { randomUUID } from 'node:crypto'
import { BrowserWindow, dialog, session } from 'electron'
import { writeFile } from 'node:fs/promises'
import { APP_SCHEME, REPORT_CSP, reportIdOf, reportUrl } from './window-policy'

/** The printer's own in-memory session: nothing of the app's is shared with the report page. */
const REPORT_PARTITION = 'report-pdf'
/** Reports being printed, by id: served from memory, never a file, never a `data:` URL. */
const pending = new Map<string, string>()
let serving = false

/** Serves the reports being printed on app://report/<id>.html, in the printer's session only. */
function serveReports(): void {
  if (serving) return
  session.fromPartition(REPORT_PARTITION).protocol.handle(APP_SCHEME, (request) => {
    const id = reportIdOf(request.url)
    const html = id === null ? undefined : pending.get(id)
    if (html === undefined) return new Response('not found', { status: 404 })
    const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': REPORT_CSP }
    return new Response(html, { headers })
  })
  serving = true
}

/**
 * Prints a report's HTML to PDF in a hidden window (sandboxed, no script, no preload, its own
 * in-memory session) and asks where to save it. The page comes from memory through the app
 * scheme, so a report of any size prints (a `data:` URL stops at Chromium's 2 MiB limit).
 */
export async function savePdfWithDialog(
  parent: BrowserWindow | null,
  html: string,
  fileName: string,
): Promise<{ saved: boolean; path: string | null }> {
  serveReports()
  const id = randomUUID()
  pending.set(id, html)
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: REPORT_PARTITION,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  try {
    await printer.loadURL(reportUrl(id))
    const pdf = await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
    const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    const choice = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { saved: false, path: null }
    await writeFile(choice.filePath, pdf)
    return { saved: true, path: choice.filePath }
  } finally {
    pending.delete(id)
    printer.destroy()
  }
}
