import type { MaildoctorApi } from '../../shared/ipc'

declare global {
  interface Window {
    /** The IPC contract, put there by the preload (Electron) or the harness bridge (tests). */
    maildoctor?: MaildoctorApi
  }
}

/** The app's API to the engine; throws if the page was opened without a preload or harness. */
export function api(): MaildoctorApi {
  const bridge = window.maildoctor
  if (!bridge) throw new Error('window.maildoctor is missing: open the app through Electron or the harness')
  return bridge
}
