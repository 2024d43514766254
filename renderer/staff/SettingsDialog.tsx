import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { trapFocus } from '../components/trap-focus'
import { MAX_DNS_SERVERS, parseDnsServer, type DnsServerError } from '../../shared/app-settings'
import type { EffectiveSetting } from '../../shared/ipc'
import { api } from '../bridge/api'
import { EffectiveSettings } from './EffectiveSettings'
import { PrivateAddressesSetting } from './PrivateAddressesSetting'

type Mode = 'system' | 'custom'
type Problem = { error: DnsServerError; value: string }
type Saved = { kind: 'saved'; servers: string[] } | { kind: 'failed'; message: string }

/** Reads the typed list of DNS servers: the servers in the engine's form, or the first problem. */
function readServers(text: string): { servers: string[] } | { problem: Problem } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length === 0) return { problem: { error: 'empty', value: '' } }
  if (parts.length > MAX_DNS_SERVERS) return { problem: { error: 'tooMany', value: '' } }
  const servers: string[] = []
  for (const part of parts) {
    const parsed = parseDnsServer(part)
    if (!parsed.ok) return { problem: { error: parsed.error, value: part } }
    servers.push(parsed.server)
  }
  return { servers }
}

/**
 * The header's Settings button and its dialog: support staff pick the DNS servers the checks use
 * (or the system's resolvers). Main keeps the choice (`settings:get` / `settings:set`).
 */
export function SettingsDialog() {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<Mode>('system')
  const [text, setText] = useState('')
  const [effective, setEffective] = useState<EffectiveSetting[] | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [saved, setSaved] = useState<Saved | null>(null)
  const ids = { title: useId(), hint: useId(), error: useId(), field: useId() }

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])

  /** Reads the settings first, then opens: what the person types is never overwritten by a late answer. */
  const openDialog = async () => {
    setProblem(null)
    setSaved(null)
    const [result, inEffect] = await Promise.all([api().getSettings(), api().effectiveSettings()])
    setEffective(inEffect.ok ? inEffect.value : null)
    if (result.ok) {
      setMode(result.value.dnsServers.length > 0 ? 'custom' : 'system')
      setText(result.value.dnsServers.join(', '))
    }
    setOpen(true)
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(null)
    let servers: string[] = []
    if (mode === 'custom') {
      const read = readServers(text)
      if ('problem' in read) {
        setProblem(read.problem)
        fieldRef.current?.focus()
        return
      }
      servers = read.servers
    }
    setProblem(null)
    const result = await api().setSettings({ dnsServers: servers })
    if (result.ok) {
      const inEffect = await api().effectiveSettings()
      setEffective(inEffect.ok ? inEffect.value : null)
      setText(result.value.dnsServers.join(', '))
      setSaved({ kind: 'saved', servers: result.value.dnsServers })
    } else {
      setSaved({ kind: 'failed', message: result.error.message })
    }
  }

  const savedText = (outcome: Saved) => {
    if (outcome.kind === 'failed') return t('common:settings.failed', { message: outcome.message })
    return outcome.servers.length > 0
      ? t('common:settings.saved', { servers: outcome.servers.join(', ') })
      : t('common:settings.savedSystem')
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
        {effective !== null && <EffectiveSettings rows={effective} />}
        {open && <PrivateAddressesSetting />}
        <form onSubmit={(event) => void save(event)} noValidate>
          <fieldset className="settings-choice">
            <legend>{t('common:settings.dnsLegend')}</legend>
            <label>
              <input
                type="radio"
                name="dns-mode"
                value="system"
                checked={mode === 'system'}
                onChange={() => {
                  setMode('system')
                  setProblem(null)
                }}
              />{' '}
              {t('common:settings.system')}
            </label>
            <label>
              <input
                type="radio"
                name="dns-mode"
                value="custom"
                checked={mode === 'custom'}
                onChange={() => setMode('custom')}
              />{' '}
              {t('common:settings.custom')}
            </label>
          </fieldset>
          {mode === 'custom' && (
            <div className="field">
              <label htmlFor={ids.field}>{t('common:settings.field')}</label>
              <input
                ref={fieldRef}
                id={ids.field}
                type="text"
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                value={text}
                aria-invalid={problem !== null}
                aria-describedby={`${ids.hint} ${ids.error}`}
                onChange={(event) => setText(event.target.value)}
              />
              <p className="field-hint" id={ids.hint}>
                {t('common:settings.hint')}
              </p>
              <p className="field-error" id={ids.error} role="alert">
                {problem &&
                  t(`common:settings.error.${problem.error}`, { value: problem.value, max: MAX_DNS_SERVERS })}
              </p>
            </div>
          )}
          <p className="settings-saved" role="status">
            {saved && savedText(saved)}
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
