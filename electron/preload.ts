import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc-channels'
import type { MaildoctorApi } from '../shared/ipc'

/** One function per channel of the contract, generated from its names: never a generic invoke. */
function buildApi(): MaildoctorApi {
  const api: Record<string, unknown> = {}
  for (const [name, channel] of Object.entries(INVOKE_CHANNELS)) {
    api[name] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
  }
  for (const [name, channel] of Object.entries(EVENT_CHANNELS)) {
    api[name] = (listener: (payload: unknown) => void) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => ipcRenderer.removeListener(channel, wrapped)
    }
  }
  return Object.freeze(api) as MaildoctorApi
}

contextBridge.exposeInMainWorld('maildoctor', buildApi())
