import type { KeyboardEvent } from 'react'

/**
 * Keeps Tab inside a modal dialog: from its last control back to the first, and Shift+Tab the
 * other way. Radio buttons count once, by the one that is checked, as the browser tabs them.
 */
export function trapFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return
  const focusable = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'button, [href], input:not([disabled]), [tabindex="0"]',
    ),
  ].filter(
    (element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  )
  const first = focusable[0]
  const last = focusable.at(-1)
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last?.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first?.focus()
  }
}
