import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc-channels'
import type { MaildoctorApi } from '../../shared/ipc'

/**
 * The harness's stand-in for the preload: the same `window.maildoctor` functions, generated from the
 * same channel names, carried over HTTP (invoke) and server-sent events (events) instead of IPC, at
 * paths relative to the page's, which carry the harness's token.
 */
function buildHarnessApi(): MaildoctorApi {
  const api: Record<string, unknown> = {}
  for (const [name, channel] of Object.entries(INVOKE_CHANNELS)) {
    api[name] = async (...args: unknown[]) => {
      const response = await fetch(`./__harness/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
      })
      return (await response.json()) as unknown
    }
  }
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const events = new EventSource('./__harness/events')
  for (const [name, channel] of Object.entries(EVENT_CHANNELS)) {
    listeners.set(channel, new Set())
    events.addEventListener(channel, (event) => {
      const payload: unknown = JSON.parse((event as MessageEvent<string>).data)
      for (const listener of listeners.get(channel) ?? []) listener(payload)
    })
    api[name] = (listener: (payload: unknown) => void) => {
      listeners.get(channel)?.add(listener)
      return () => listeners.get(channel)?.delete(listener)
    }
  }
  return Object.freeze(api) as MaildoctorApi
}

Object.defineProperty(window, 'maildoctor', { value: buildHarnessApi(), writable: false })
