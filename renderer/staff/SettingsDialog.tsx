import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { trapFocus } from '../components/trap-focus'
import { DnsServersChoice } from './DnsServersChoice'
import { EffectiveSettings } from './EffectiveSettings'
import { PrivateAddressesSetting } from './PrivateAddressesSetting'
import { useDnsSettings, type DnsSaved } from './use-dns-settings'

/** How the last save went, in words. */
function savedText(t: TFunction, outcome: DnsSaved): string {
  if (outcome.kind === 'failed') return t('common:settings.failed', { message: outcome.message })
  return outcome.servers.length > 0
    ? t('common:settings.saved', { servers: outcome.servers.join(', ') })
    : t('common:settings.savedSystem')
}

/** Shows the dialog as a modal while `open`, and closes it otherwise. */
function useModal(dialogRef: RefObject<HTMLDialogElement | null>, open: boolean) {
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [dialogRef, open])
}

/**
 * The header's Settings button and its dialog: support staff pick the DNS servers the checks use
 * (or the system's resolvers). Main keeps the choice (`settings:get` / `settings:set`).
 */
export function SettingsDialog() {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const dns = useDnsSettings()
  const ids = { title: useId() }

  useModal(dialogRef, open)
  /** Reads the settings first, then opens: what the person types is never overwritten by a late answer. */
  const openDialog = async () => {
    await dns.load()
    setOpen(true)
  }

  return (
    <>
      <button ref={openerRef} type="button" className="button-quiet" onClick={() => void openDialog()}>
        {t('common:settings.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="help-overlay settings-dialog"
        aria-labelledby={ids.title}
        onKeyDown={trapFocus}
        onClose={() => {
          setOpen(false)
          openerRef.current?.focus()
        }}
      >
        <h2 id={ids.title}>{t('common:settings.title')}</h2>
        <p className="staff-lead">{t('common:settings.lead')}</p>
        {dns.effective !== null && <EffectiveSettings rows={dns.effective} />}
        {open && <PrivateAddressesSetting />}
        <form onSubmit={(event) => void dns.save(event)} noValidate>
          <DnsServersChoice
            mode={dns.mode}
            onMode={dns.choose}
            text={dns.text}
            onText={dns.setText}
            problem={dns.problem}
            fieldRef={dns.fieldRef}
          />
          <p className="settings-saved" role="status">
            {dns.saved && savedText(t, dns.saved)}
          </p>
          <div className="settings-buttons">
            <button type="submit" className="button-primary">
              {t('common:settings.save')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
              {t('common:action.close')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
