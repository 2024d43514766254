import { app, BrowserWindow, session, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pickLanguage, type Language } from '../shared/i18n'
import { EVENT_CHANNELS } from '../shared/ipc-channels'
import { APP_VERSION } from '../shared/version'
import { createApiService, type ApiService } from './api-service'
import { openAllowedExternal } from './external-links'
import { handleAll, sendTo } from './ipc'
import { setApplicationMenu } from './menu'
import { savePdfWithDialog } from './report-pdf'
import { engineOptionsFromEnvironment } from './engine-environment'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDevUrl = process.env.ELECTRON_RENDERER_URL
const rendererFile = join(here, '../renderer/index.html')

/** The Content Security Policy of every page the window loads. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  rendererDevUrl ? "connect-src 'self' ws:" : "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

if (process.env.MAILDOCTOR_USER_DATA) app.setPath('userData', process.env.MAILDOCTOR_USER_DATA)
app.enableSandbox()

let mainWindow: BrowserWindow | null = null
let language: Language = 'en'
let service: ApiService | null = null

function isRendererUrl(address: string): boolean {
  const url = new URL(address)
  return rendererDevUrl
    ? url.origin === new URL(rendererDevUrl).origin
    : url.protocol === 'file:' && fileURLToPath(url) === rendererFile
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!mainWindow || event.sender !== mainWindow.webContents || !frame || frame !== event.sender.mainFrame)
    return false
  return isRendererUrl(frame.url)
}

/** The one permission the app grants: writing the report to the clipboard, from its own page only. */
function mayWriteClipboard(contents: WebContents | null, permission: string): boolean {
  return (
    permission === 'clipboard-sanitized-write' &&
    contents !== null &&
    mainWindow !== null &&
    contents === mainWindow.webContents &&
    isRendererUrl(contents.getURL())
  )
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(mayWriteClipboard(contents, permission)),
  )
  session.defaultSession.setPermissionCheckHandler((contents, permission) =>
    mayWriteClipboard(contents, permission),
  )
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      void openAllowedExternal(url)
      return { action: 'deny' }
    })
  })
}

async function createWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const state = await loadWindowState(stateFile)
  const window = new BrowserWindow({
    ...state,
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'MailDoctor',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  mainWindow = window
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  let saveTimer: NodeJS.Timeout | undefined
  const rememberBounds = () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      if (window.isDestroyed()) return
      const bounds = window.getNormalBounds()
      const next: WindowState = { ...bounds, maximized: window.isMaximized() }
      void saveWindowState(stateFile, next)
    }, 400)
  }
  window.on('resize', rememberBounds)
  window.on('move', rememberBounds)
  window.on('close', () => {
    clearTimeout(saveTimer)
    const bounds = window.getNormalBounds()
    void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() })
  })
  window.on('closed', () => {
    service?.cancelAll()
    mainWindow = null
  })

  if (rendererDevUrl) await window.loadURL(rendererDevUrl)
  else await window.loadFile(rendererFile)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(async () => {
    language = pickLanguage(app.getLocale())
    setApplicationMenu(language)
    hardenSessions()
    service = createApiService({
      appInfo: () => ({ version: APP_VERSION, platform: process.platform, locale: app.getLocale() }),
      openExternal: async (url) => {
        await openAllowedExternal(url)
      },
      setLanguage: (next) => {
        language = next
        setApplicationMenu(next)
      },
      send: (channel, payload) => {
        if (mainWindow && channel === EVENT_CHANNELS.onCheckProgress)
          sendTo(mainWindow.webContents, channel, payload)
      },
      engineOptions: engineOptionsFromEnvironment(process.env),
      historyDir: join(app.getPath('userData'), 'history'),
      settingsFile: join(app.getPath('userData'), 'settings.json'),
      savePdf: (html, fileName) => savePdfWithDialog(mainWindow, html, fileName),
    })
    handleAll(service, isTrustedSender)
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
