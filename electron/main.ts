import { app, BrowserWindow, protocol, session, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { readFile } from 'node:fs/promises'
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
import { engineOptionsFromEnvironment } from './engine'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  contentSecurityPolicy,
  isTrustedSender,
  launchOptions,
  mayGrantPermission,
  leavingThePage,
  resolveAppRequest,
} from './window-policy'

const here = fileURLToPath(new URL('.', import.meta.url))
const launch = launchOptions(process.env, app.isPackaged)
const rendererDevUrl = launch.rendererDevUrl
const rendererDir = join(here, '../renderer')

/** The Content Security Policy header of every page the window loads. */
const CSP = contentSecurityPolicy(rendererDevUrl ? 'development' : 'production', 'header')

if (launch.userDataDir) app.setPath('userData', launch.userDataDir)
app.enableSandbox()
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null
let language: Language = 'en'
let service: ApiService | null = null

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  const facts = {
    fromMainWindow: mainWindow !== null && event.sender === mainWindow.webContents,
    fromMainFrame: frame !== null && frame === event.sender.mainFrame,
    url: frame?.url ?? '',
  }
  return isTrustedSender(facts, rendererDevUrl)
}

function permissionGranted(contents: WebContents | null, permission: string): boolean {
  const fromMainWindow = contents !== null && mainWindow !== null && contents === mainWindow.webContents
  return mayGrantPermission(permission, { fromMainWindow, url: contents?.getURL() ?? '' }, rendererDevUrl)
}

/** Serves the built renderer on app://maildoctor/ (never file://), with the CSP as a header. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.url, rendererDir)
    if (!target) return new Response('not found', { status: 404 })
    try {
      const body = await readFile(target.file)
      const headers = { 'content-type': target.contentType, 'content-security-policy': CSP }
      return new Response(body, { headers })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permissionGranted(contents, permission)),
  )
  session.defaultSession.setPermissionCheckHandler((contents, permission) =>
    permissionGranted(contents, permission),
  )
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  app.on('web-contents-created', (_event, contents) => {
    const leave = (url: string): void => {
      const { openInBrowser } = leavingThePage(url)
      if (openInBrowser) void openAllowedExternal(openInBrowser.href)
    }
    contents.on('will-navigate', (event) => {
      event.preventDefault()
      leave(event.url)
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      leave(url)
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
      disableBlinkFeatures: 'Auxclick',
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

  await window.loadURL(rendererDevUrl ?? APP_ENTRY_URL)
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
    serveRenderer()
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
    handleAll(service, trustedSender)
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
