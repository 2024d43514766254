import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmailAddress } from '../../shared/email-address'
import type { Finding } from '../../shared/report'
import { api } from '../bridge/api'
import { Field, FormError, Results } from '../components/Field'
import { useAppStore } from '../store/use-app-store'

/**
 * Asks the recipient's mail server whether it takes an address (MAIL FROM and RCPT TO, no message
 * sent), so the person sees the server's own answer to the address they typed.
 */
export function EnvelopeTest() {
  const { t } = useTranslation()
  const bounced = useAppStore((state) => state.bounce?.recipient ?? '')
  const targetInput = useAppStore((state) => state.targetInput)
  const addFindings = useAppStore((state) => state.addFindings)
  const [recipient, setRecipient] = useState(bounced)
  const [running, setRunning] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [results, setResults] = useState<Finding[]>([])

  const run = async (event: FormEvent) => {
    event.preventDefault()
    const address = recipient.trim()
    if (!isEmailAddress(address)) {
      setMessage(t('tree:envelope.badAddress'))
      return
    }
    setMessage(null)
    setRunning(true)
    try {
      const from = targetInput.trim()
      const result = await api().probeEnvelope({
        runId: crypto.randomUUID(),
        recipient: address,
        ...(isEmailAddress(from) ? { from } : {}),
      })
      if (!result.ok) setMessage(t('common:error.unexpected', { message: result.error.message }))
      else if (!result.value.mxHost) setMessage(t('tree:envelope.noServer'))
      else {
        setResults(result.value.findings)
        addFindings(result.value.findings)
      }
    } finally {
      setRunning(false)
    }
  }

  return (
    <section className="login-test" aria-labelledby="envelope-title">
      <h2 id="envelope-title">{t('tree:envelope.title')}</h2>
      <p>{t('tree:envelope.lead')}</p>
      <form onSubmit={(event) => void run(event)} noValidate>
        <Field id="envelope-recipient" label={t('tree:envelope.recipient')}>
          {(control) => (
            <input
              {...control}
              type="email"
              spellCheck={false}
              value={recipient}
              onChange={(event) => setRecipient(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button-secondary" disabled={running}>
          {running ? t('tree:login.testing') : t('tree:envelope.run')}
        </button>
        <FormError>{message}</FormError>
      </form>
      <Results findings={results} label={t('tree:envelope.results')} />
    </section>
  )
}
