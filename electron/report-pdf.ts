import { BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'

/**
 * Prints a report's HTML to PDF in a hidden window (sandboxed, no script, no preload, its own
 * in-memory session so nothing of the app's is shared) and asks where to save it.
 */
export async function savePdfWithDialog(
  parent: BrowserWindow | null,
  html: string,
  fileName: string,
): Promise<{ saved: boolean; path: string | null }> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: 'report-pdf',
      spellcheck: false,
    },
  })
  try {
    await printer.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
    )
    const pdf = await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
    const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    const choice = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { saved: false, path: null }
    await writeFile(choice.filePath, pdf)
    return { saved: true, path: choice.filePath }
  } finally {
    printer.destroy()
  }
}
