/** A staff shortcut: the keys as shown, the physical key (`KeyboardEvent.code`) and its text key. */
export interface Shortcut {
  id: 'startOver' | 'copyReport' | 'callView' | 'history' | 'help'
  keys: string
  matches: (event: KeyboardEvent) => boolean
}

const altShift = (code: string) => (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === code

/** True when the key goes to a field the person is typing in (so `?` is just a question mark). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}

/** The staff shortcuts, in the order the help lists them. Alt+Shift ones work even in a field. */
export const SHORTCUTS: Shortcut[] = [
  { id: 'startOver', keys: 'Alt+Shift+R', matches: altShift('KeyR') },
  { id: 'copyReport', keys: 'Alt+Shift+C', matches: altShift('KeyC') },
  { id: 'callView', keys: 'Alt+Shift+V', matches: altShift('KeyV') },
  { id: 'history', keys: 'Alt+Shift+H', matches: altShift('KeyH') },
  {
    id: 'help',
    keys: '?',
    matches: (event) =>
      event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target),
  },
]
