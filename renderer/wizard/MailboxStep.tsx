import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmailAddress } from '../../shared/email-address'
import { MAILBOX_FIND_MAX_CHARS } from '../../shared/ipc'
import type { ClientSettings } from '../../shared/knowledge/provider-catalogue'
import type { Finding } from '../../shared/report'
import type { TreeNode } from '../../shared/tree/types'
import { api } from '../bridge/api'
import { Field, FormError, Results } from '../components/Field'
import { useAppStore } from '../store/use-app-store'
import { LoginFields } from './LoginTest'
import { ScreenFrame } from '../components/ScreenFrame'
import { useProviderIdentity } from '../store/use-provider-identity'

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

/** The look's form state and its run: the password stays here, in memory only. */
function useMailboxLook(server: ReturnType<typeof mailboxServer>) {
  const { t } = useTranslation()
  const targetInput = useAppStore((state) => state.targetInput)
  const addFindings = useAppStore((state) => state.addFindings)
  const [address, setAddress] = useState(targetInput.includes('@') ? targetInput.trim() : '')
  const [password, setPassword] = useState('')
  const [find, setFind] = useState('')
  const [consent, setConsent] = useState(false)
  const [running, setRunning] = useState(false)
  const [results, setResults] = useState<Finding[]>([])
  const [message, setMessage] = useState<string | null>(null)

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
  const fields = { address, setAddress, password, setPassword, find, setFind, consent, setConsent }
  return { fields, look, running, results, message }
}

/** The look's form: address, password, the message expected, consent, and the results. */
function MailboxForm({ look }: { look: ReturnType<typeof useMailboxLook> }) {
  const { t } = useTranslation()
  const { fields, running, results, message } = look
  return (
    <>
      <form onSubmit={(event) => void look.look(event)} noValidate>
        <LoginFields
          idPrefix="look"
          address={fields.address}
          onAddress={fields.setAddress}
          password={fields.password}
          onPassword={fields.setPassword}
        />
        <Field
          id="look-find"
          label={t('tree:mailboxLook.expecting')}
          hint={t('tree:mailboxLook.expectingHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={MAILBOX_FIND_MAX_CHARS}
              value={fields.find}
              onChange={(event) => fields.setFind(event.target.value.replace(/[\r\n\0]/g, ' '))}
            />
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.consent}
            onChange={(event) => fields.setConsent(event.target.checked)}
          />
          {t('tree:mailboxLook.consent')}
        </label>
        <div className="test-buttons">
          <button type="submit" className="button-secondary" disabled={running}>
            {running ? t('tree:mailboxLook.running') : t('tree:mailboxLook.run')}
          </button>
        </div>
        <FormError>{message}</FormError>
      </form>
      <Results findings={results} label={t('tree:mailboxLook.results')} />
    </>
  )
}

/**
 * The mailbox look as a step ("I don't receive", "it goes to spam"): with the person's consent, a
 * login on their mailbox, then how full it is, its folders, and where the message they expect went.
 * What it finds joins the session's findings and decides the next screen. The password lives in
 * this step's state only; main sends it only over TLS with a verified certificate.
 */
export function MailboxStep({ node }: { node: Extract<TreeNode, { kind: 'login' }> }) {
  const { t } = useTranslation()
  const proceed = useAppStore((state) => state.proceed)
  const client = useProviderIdentity().settings?.client
  const server = client ? mailboxServer(client) : null
  const look = useMailboxLook(server)
  const base = `tree:nodes.${node.id}`
  const looked = look.results.length > 0
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
          <MailboxForm look={look} />
        </section>
      ) : (
        <p>{t('tree:ui.settingsUnknown')}</p>
      )}
    </ScreenFrame>
  )
}
