import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmailAddress } from '../../shared/email-address'
import { MAILBOX_FIND_MAX_CHARS } from '../../shared/ipc'
import type { ClientSettings } from '../../shared/knowledge/provider-catalogue'
import type { Finding } from '../../shared/report'
import type { TreeNode } from '../../shared/tree/types'
import { api } from '../bridge/api'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'
import { ScreenFrame } from './ScreenFrame'
import { useProviderIdentity } from './use-detected-provider'

type MailboxKind = 'imaps' | 'imap' | 'pop3s' | 'pop3'

/**
 * The mailbox server of the settings: IMAP where there is one (folders, quota, search), else POP3,
 * on the kind's port (as the login test: the engine's port settings apply).
 */
function mailboxServer(settings: ClientSettings): { kind: MailboxKind; host: string; port: number } | null {
  const { imap, pop3 } = settings
  if (imap) return { kind: imap.security === 'ssl' ? 'imaps' : 'imap', host: imap.host, port: imap.port }
  if (pop3) return { kind: pop3.security === 'ssl' ? 'pop3s' : 'pop3', host: pop3.host, port: pop3.port }
  return null
}

/**
 * The mailbox look as a step ("I don't receive", "it goes to spam"): with the person's consent, a
 * login on their mailbox, then how full it is, its folders, and where the message they expect went.
 * What it finds joins the session's findings and decides the next screen. The password lives in
 * this component's state only; main sends it only over TLS with a verified certificate.
 */
export function MailboxStep({ node }: { node: Extract<TreeNode, { kind: 'login' }> }) {
  const { t } = useTranslation()
  const proceed = useAppStore((state) => state.proceed)
  const targetInput = useAppStore((state) => state.targetInput)
  const addFindings = useAppStore((state) => state.addFindings)
  const client = useProviderIdentity().settings?.client
  const server = client ? mailboxServer(client) : null
  const [address, setAddress] = useState(targetInput.includes('@') ? targetInput.trim() : '')
  const [password, setPassword] = useState('')
  const [find, setFind] = useState('')
  const [consent, setConsent] = useState(false)
  const [running, setRunning] = useState(false)
  const [results, setResults] = useState<Finding[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const base = `tree:nodes.${node.id}`

  const look = async (event: FormEvent) => {
    event.preventDefault()
    if (!server) return
    if (!isEmailAddress(address.trim()) || password === '') return setMessage(t('tree:login.missing'))
    if (!consent) return setMessage(t('tree:mailboxLook.consentNeeded'))
    setMessage(null)
    setRunning(true)
    try {
      const result = await api().probeMailbox({
        runId: crypto.randomUUID(),
        mailbox: { kind: server.kind, host: server.host },
        user: address.trim(),
        password,
        ...(find.trim() ? { find: find.trim() } : {}),
      })
      if (!result.ok) return setMessage(t('common:error.unexpected', { message: result.error.message }))
      setResults(result.value.findings)
      addFindings(result.value.findings)
    } finally {
      setRunning(false)
    }
  }

  const looked = results.length > 0
  return (
    <ScreenFrame
      title={t(`${base}.title`)}
      lead={t(`${base}.lead`)}
      actions={
        <button type="button" className={looked ? 'button-primary' : 'button-secondary'} onClick={proceed}>
          {looked ? t(`${base}.next`) : t(`${base}.skip`)}
        </button>
      }
    >
      {server ? (
        <section className="login-test" aria-label={t(`${base}.title`)}>
          <p className="login-servers">{`${server.host}:${server.port}`}</p>
          <form onSubmit={(event) => void look(event)} noValidate>
            <div className="field">
              <label htmlFor="look-address">{t('tree:login.address')}</label>
              <input
                id="look-address"
                type="email"
                autoComplete="username"
                spellCheck={false}
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="look-password">{t('tree:login.password')}</label>
              <input
                id="look-password"
                type="password"
                autoComplete="current-password"
                aria-describedby="look-password-hint"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
              <p className="field-hint" id="look-password-hint">
                {t('tree:login.passwordHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="look-find">{t('tree:mailboxLook.expecting')}</label>
              <input
                id="look-find"
                type="text"
                maxLength={MAILBOX_FIND_MAX_CHARS}
                aria-describedby="look-find-hint"
                value={find}
                onChange={(event) => setFind(event.target.value.replace(/[\r\n\0]/g, ' '))}
              />
              <p className="field-hint" id="look-find-hint">
                {t('tree:mailboxLook.expectingHint')}
              </p>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={consent}
                onChange={(event) => setConsent(event.target.checked)}
              />
              {t('tree:mailboxLook.consent')}
            </label>
            <div className="test-buttons">
              <button type="submit" className="button-secondary" disabled={running}>
                {running ? t('tree:mailboxLook.running') : t('tree:mailboxLook.run')}
              </button>
            </div>
            <p className="field-error" role="alert">
              {message ?? ''}
            </p>
          </form>
          <div aria-live="polite">
            {looked && <FindingList findings={results} withRemedies label={t('tree:mailboxLook.results')} />}
          </div>
        </section>
      ) : (
        <p>{t('tree:ui.settingsUnknown')}</p>
      )}
    </ScreenFrame>
  )
}
