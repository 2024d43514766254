/** Invoke channels of the IPC contract, by the name the preload gives them on `window.maildoctor`. */
export const INVOKE_CHANNELS = {
  appInfo: 'app:info',
  runCheck: 'check:run',
  cancelCheck: 'check:cancel',
  probeLogin: 'probe:login',
  probeRoundTrip: 'probe:roundtrip',
  probeEnvelope: 'probe:envelope',
  verifyDkim: 'headers:verify-dkim',
  openExternal: 'app:open-external',
  setLanguage: 'app:set-language',
  historyList: 'history:list',
  historyGet: 'history:get',
  historySave: 'history:save',
  historyDelete: 'history:delete',
  exportReport: 'report:export',
  savePdf: 'report:pdf',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  effectiveSettings: 'settings:effective',
  readPrograms: 'programs:read',
  probeMailbox: 'probe:mailbox',
  readMessageFile: 'file:read-message',
  readTarget: 'target:read',
} as const

/** Event channels main sends to the renderer, by the name of their subscribe function. */
export const EVENT_CHANNELS = {
  onCheckProgress: 'check:progress',
} as const

/** An invoke channel name. */
export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS]
/** An event channel name. */
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS]
