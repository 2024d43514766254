import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmailAddress } from '../../shared/email-address'
import type { ProbeKind } from '../../shared/ipc'
import type { ClientSettings, ServerSetting } from '../../shared/knowledge/provider-catalogue'
import type { HeaderReport } from '../../shared/headers/types'
import type { Finding } from '../../shared/report'
import { api } from '../bridge/api'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'
import { RoundTripVerdict } from './headers/RoundTripVerdict'

type Test = 'outgoing' | 'incoming' | 'roundTrip'

function sendingKind(setting: ServerSetting): ProbeKind {
  return setting.security === 'ssl' ? 'submissions' : 'submission'
}

function mailboxKind(
  settings: ClientSettings,
): { kind: 'imaps' | 'imap' | 'pop3s' | 'pop3'; setting: ServerSetting } | null {
  if (settings.imap)
    return { kind: settings.imap.security === 'ssl' ? 'imaps' : 'imap', setting: settings.imap }
  if (settings.pop3)
    return { kind: settings.pop3.security === 'ssl' ? 'pop3s' : 'pop3', setting: settings.pop3 }
  return null
}

/**
 * Tests the person's login against their offer's servers, and optionally sends a test message to
 * themselves. The password lives in this component's state only: never in the store, never saved;
 * main sends it only over TLS with a verified certificate.
 */
export function LoginTest({ settings }: { settings: ClientSettings }) {
  const { t } = useTranslation()
  const targetInput = useAppStore((state) => state.targetInput)
  const addFindings = useAppStore((state) => state.addFindings)
  const [address, setAddress] = useState(targetInput.includes('@') ? targetInput.trim() : '')
  const [password, setPassword] = useState('')
  const [consent, setConsent] = useState(false)
  const [running, setRunning] = useState<Test | null>(null)
  const [results, setResults] = useState<Finding[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [verdict, setVerdict] = useState<HeaderReport | null>(null)
  const mailbox = mailboxKind(settings)

  const run = async (test: Test, event?: FormEvent) => {
    event?.preventDefault()
    if (!isEmailAddress(address.trim()) || password === '') {
      setMessage(t('tree:login.missing'))
      return
    }
    if (test === 'roundTrip' && !consent) {
      setMessage(t('tree:login.consentNeeded'))
      return
    }
    setMessage(null)
    setVerdict(null)
    setRunning(test)
    const runId = crypto.randomUUID()
    const user = address.trim()
    try {
      if (test === 'roundTrip' && mailbox) {
        const result = await api().probeRoundTrip({
          runId,
          submission: {
            kind: sendingKind(settings.smtp) as 'submission' | 'submissions',
            host: settings.smtp.host,
          },
          mailbox: { kind: mailbox.kind, host: mailbox.setting.host },
          user,
          password,
          address: user,
        })
        if (result.ok) {
          show([result.value.finding])
          setVerdict(result.value.headers)
        } else setMessage(t('common:error.unexpected', { message: result.error.message }))
      } else {
        const server =
          test === 'outgoing' ? { kind: sendingKind(settings.smtp), setting: settings.smtp } : mailbox
        if (!server) return
        const result = await api().probeLogin({
          runId,
          kind: server.kind,
          host: server.setting.host,
          user,
          password,
        })
        if (result.ok) show(result.value.findings)
        else setMessage(t('common:error.unexpected', { message: result.error.message }))
      }
    } finally {
      setRunning(null)
    }
  }

  const show = (findings: Finding[]) => {
    setResults(findings)
    addFindings(findings)
  }

  return (
    <section className="login-test" aria-labelledby="login-test-title">
      <h2 id="login-test-title">{t('tree:login.title')}</h2>
      <p>{t('tree:login.lead')}</p>
      <form onSubmit={(event) => void run('outgoing', event)} noValidate>
        <div className="field">
          <label htmlFor="login-address">{t('tree:login.address')}</label>
          <input
            id="login-address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('tree:login.password')}</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            aria-describedby="login-password-hint"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p className="field-hint" id="login-password-hint">
            {t('tree:login.passwordHint')}
          </p>
        </div>
        <div className="test-buttons">
          <button type="submit" className="button-secondary" disabled={running !== null}>
            {running === 'outgoing' ? t('tree:login.testing') : t('tree:login.testOutgoing')}
          </button>
          {mailbox && (
            <button
              type="button"
              className="button-secondary"
              disabled={running !== null}
              onClick={() => void run('incoming')}
            >
              {running === 'incoming' ? t('tree:login.testing') : t('tree:login.testIncoming')}
            </button>
          )}
        </div>
        {mailbox && (
          <div className="round-trip">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={consent}
                onChange={(event) => setConsent(event.target.checked)}
              />
              {t('tree:login.consent')}
            </label>
            <button
              type="button"
              className="button-secondary"
              disabled={running !== null || !consent}
              onClick={() => void run('roundTrip')}
            >
              {running === 'roundTrip' ? t('tree:login.roundTripRunning') : t('tree:login.roundTrip')}
            </button>
          </div>
        )}
        <p className="field-error" role="alert">
          {message ?? ''}
        </p>
      </form>
      <div aria-live="polite">
        {results.length > 0 && (
          <FindingList findings={results} withRemedies label={t('tree:login.results')} />
        )}
        {verdict && <RoundTripVerdict report={verdict} />}
      </div>
    </section>
  )
}
