import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmailAddress } from '../../shared/email-address'
import type { ClientSettings } from '../../shared/knowledge/provider-catalogue'
import type { HeaderReport } from '../../shared/headers/types'
import type { Finding } from '../../shared/report'
import { Field, FormError, Results } from '../components/Field'
import { useAppStore } from '../store/use-app-store'
import { RoundTripVerdict } from './headers/RoundTripVerdict'
import { mailboxKind, runLoginTest, type LoginTestKind } from './login-tests'

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
  const [running, setRunning] = useState<LoginTestKind | null>(null)
  const [results, setResults] = useState<Finding[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [verdict, setVerdict] = useState<HeaderReport | null>(null)
  const mailbox = mailboxKind(settings)

  const run = async (test: LoginTestKind, event?: FormEvent) => {
    event?.preventDefault()
    const problem =
      !isEmailAddress(address.trim()) || password === ''
        ? 'tree:login.missing'
        : test === 'roundTrip' && !consent
          ? 'tree:login.consentNeeded'
          : null
    if (problem) {
      setMessage(t(problem))
      return
    }
    setMessage(null)
    setVerdict(null)
    setRunning(test)
    try {
      const outcome = await runLoginTest(test, settings, address.trim(), password)
      if (outcome?.ok) {
        setResults(outcome.findings)
        addFindings(outcome.findings)
        setVerdict(outcome.headers)
      } else if (outcome) setMessage(t('common:error.unexpected', { message: outcome.message }))
    } finally {
      setRunning(null)
    }
  }

  return (
    <section className="login-test" aria-labelledby="login-test-title">
      <h2 id="login-test-title">{t('tree:login.title')}</h2>
      <p>{t('tree:login.lead')}</p>
      <form onSubmit={(event) => void run('outgoing', event)} noValidate>
        <LoginFields address={address} onAddress={setAddress} password={password} onPassword={setPassword} />
        <LoginTestButtons
          running={running}
          withMailbox={mailbox !== null}
          consent={consent}
          onConsent={setConsent}
          onRun={(test) => void run(test)}
        />
        <FormError>{message}</FormError>
      </form>
      <Results findings={results} label={t('tree:login.results')}>
        {verdict && <RoundTripVerdict report={verdict} />}
      </Results>
    </section>
  )
}

/** The login screen's buttons: test the outgoing and the mailbox server, and the round trip with its consent. */
function LoginTestButtons({
  running,
  withMailbox,
  consent,
  onConsent,
  onRun,
}: {
  running: LoginTestKind | null
  withMailbox: boolean
  consent: boolean
  onConsent: (consent: boolean) => void
  onRun: (test: LoginTestKind) => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <div className="test-buttons">
        <button type="submit" className="button-secondary" disabled={running !== null}>
          {running === 'outgoing' ? t('tree:login.testing') : t('tree:login.testOutgoing')}
        </button>
        {withMailbox && (
          <button
            type="button"
            className="button-secondary"
            disabled={running !== null}
            onClick={() => onRun('incoming')}
          >
            {running === 'incoming' ? t('tree:login.testing') : t('tree:login.testIncoming')}
          </button>
        )}
      </div>
      {withMailbox && (
        <div className="round-trip">
          <label className="checkbox">
            <input type="checkbox" checked={consent} onChange={(event) => onConsent(event.target.checked)} />
            {t('tree:login.consent')}
          </label>
          <button
            type="button"
            className="button-secondary"
            disabled={running !== null || !consent}
            onClick={() => onRun('roundTrip')}
          >
            {running === 'roundTrip' ? t('tree:login.roundTripRunning') : t('tree:login.roundTrip')}
          </button>
        </div>
      )}
    </>
  )
}

/** The address and password fields; the password stays in the calling screen's state. */
export function LoginFields(props: {
  address: string
  onAddress: (address: string) => void
  password: string
  onPassword: (password: string) => void
  /** Prefix of the fields' ids, for a screen that has two such forms. */
  idPrefix?: string
}) {
  const { t } = useTranslation()
  const { address, onAddress, password, onPassword, idPrefix = 'login' } = props
  return (
    <>
      <Field id={`${idPrefix}-address`} label={t('tree:login.address')}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={address}
            onChange={(event) => onAddress(event.target.value)}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-password`} label={t('tree:login.password')} hint={t('tree:login.passwordHint')}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => onPassword(event.target.value)}
          />
        )}
      </Field>
    </>
  )
}
