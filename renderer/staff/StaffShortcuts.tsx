import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { trapFocus } from '../components/trap-focus'
import { useAppStore } from '../store/use-app-store'
import { SHORTCUTS, type Shortcut } from './shortcuts'
import './staff.css'

/** Listens for the staff shortcuts on the whole window (mounted once, by App). */
export function useStaffShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = SHORTCUTS.find((candidate) => candidate.matches(event))
      if (!shortcut) return
      const state = useAppStore.getState()
      if (state.helpOpen && shortcut.id !== 'help') return
      event.preventDefault()
      const actions: Record<Shortcut['id'], () => void> = {
        startOver: state.startFresh,
        copyReport: () => void state.copyReport(),
        callView: state.toggleCallView,
        history: () => void state.showHistory(),
        help: () => state.setHelpOpen(true),
      }
      actions[shortcut.id]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/**
 * The list of shortcuts in a modal dialog: focus stays inside while it is open (the page behind is
 * inert), Escape or the button closes it, and focus goes back where it was.
 */
export function HelpOverlay() {
  const { t } = useTranslation()
  const open = useAppStore((state) => state.helpOpen)
  const setHelpOpen = useAppStore((state) => state.setHelpOpen)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<Element | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  return (
    <dialog
      ref={dialogRef}
      className="help-overlay"
      aria-labelledby="help-title"
      onKeyDown={trapFocus}
      // Escape cancels at once; the close event comes a task later, and the shortcuts wait on it.
      onCancel={() => setHelpOpen(false)}
      onClose={() => {
        setHelpOpen(false)
        if (returnTo.current instanceof HTMLElement) returnTo.current.focus()
      }}
    >
      <h2 id="help-title">{t('report:shortcuts.title')}</h2>
      <p className="staff-lead">{t('report:shortcuts.lead')}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id}>
            <dt>
              {shortcut.keys.split('+').map((key, index) => (
                <span key={key}>
                  {index > 0 && '+'}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`report:shortcuts.${shortcut.id}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="button-secondary" autoFocus onClick={() => setHelpOpen(false)}>
          {t('report:shortcuts.close')}
        </button>
      </div>
    </dialog>
  )
}
