import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { INVOKE_CHANNELS } from '../shared/ipc-channels'
import type { ApiService } from './api-service'

/**
 * Registers every invoke channel of the contract through one wrapper: a sender that is not the
 * app's own main frame is refused, then the service validates the arguments and returns the envelope.
 */
export function handleAll(
  service: ApiService,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'sender is not the app window' } }
      }
      return service.dispatch(channel, args)
    })
  }
}

/** Sends an event to one window's renderer, unless it is gone. */
export function sendTo(contents: WebContents, channel: string, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(channel, payload)
}
