import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  compareSettings,
  type SettingsDifference,
  type TypedSecurity,
  type TypedServer,
} from '../../shared/knowledge/discovered-settings'
import type { ClientSettings } from '../../shared/knowledge/provider-catalogue'
import { Field } from '../components/Field'
import { useAppStore } from '../store/use-app-store'

const PROGRAMS = ['outlook', 'appleMail', 'thunderbird', 'gmailApp', 'iphoneMail'] as const

type Side = 'incoming' | 'outgoing'

interface ServerFields {
  host: string
  port: string
  security: TypedSecurity | ''
}

const EMPTY: ServerFields = { host: '', port: '', security: '' }

function typedServer(fields: ServerFields): TypedServer {
  const port = Number(fields.port)
  return {
    host: fields.host,
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : null,
    security: fields.security === '' ? null : fields.security,
  }
}

/** The fields of one server: name, port, security. */
function ServerInputs({
  side,
  fields,
  onChange,
}: {
  side: Side
  fields: ServerFields
  onChange: (fields: ServerFields) => void
}) {
  const { t } = useTranslation()
  const id = (name: string) => `compare-${side}-${name}`
  return (
    <fieldset className="compare-server">
      <legend>{t(`discovery:compare.${side}`)}</legend>
      <Field id={id('host')} label={t('discovery:compare.server')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={fields.host}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ ...fields, host: event.target.value })}
          />
        )}
      </Field>
      <Field id={id('port')} label={t('discovery:compare.port')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={fields.port}
            onChange={(event) =>
              onChange({ ...fields, port: event.target.value.replace(/\D/g, '').slice(0, 5) })
            }
          />
        )}
      </Field>
      <Field id={id('security')} label={t('discovery:compare.security')}>
        {(control) => (
          <select
            {...control}
            value={fields.security}
            onChange={(event) =>
              onChange({ ...fields, security: event.target.value as ServerFields['security'] })
            }
          >
            <option value="">{t('discovery:compare.notSure')}</option>
            <option value="ssl">{t('tree:ui.ssl')}</option>
            <option value="starttls">{t('tree:ui.starttls')}</option>
            <option value="none">{t('discovery:compare.none')}</option>
          </select>
        )}
      </Field>
    </fieldset>
  )
}

/**
 * "Your settings against the right ones": the person types what their mail program has now; each
 * difference is said in plain words, and where to find those fields in the common programs.
 */
export function SettingsCompare({ right }: { right: ClientSettings }) {
  const { t } = useTranslation()
  const targetInput = useAppStore((state) => state.targetInput)
  const address = targetInput.includes('@') ? targetInput.trim() : ''
  const [protocol, setProtocol] = useState<'imap' | 'pop3'>(right.imap ? 'imap' : 'pop3')
  const [incoming, setIncoming] = useState<ServerFields>(EMPTY)
  const [outgoing, setOutgoing] = useState<ServerFields>(EMPTY)
  const [user, setUser] = useState('')
  const [result, setResult] = useState<SettingsDifference[] | null>(null)

  const compare = (event: FormEvent) => {
    event.preventDefault()
    const typed = { incoming: { ...typedServer(incoming), protocol }, outgoing: typedServer(outgoing), user }
    setResult(compareSettings(typed, right, address))
  }

  return (
    <section className="settings-compare" aria-labelledby="compare-title">
      <h3 id="compare-title">{t('discovery:compare.title')}</h3>
      <p>{t('discovery:compare.lead')}</p>
      <form onSubmit={compare}>
        <Field id="compare-protocol" label={t('discovery:compare.protocol')}>
          {(control) => (
            <select
              {...control}
              value={protocol}
              onChange={(event) => setProtocol(event.target.value === 'pop3' ? 'pop3' : 'imap')}
            >
              <option value="imap">IMAP</option>
              <option value="pop3">POP3</option>
            </select>
          )}
        </Field>
        <ServerInputs side="incoming" fields={incoming} onChange={setIncoming} />
        <ServerInputs side="outgoing" fields={outgoing} onChange={setOutgoing} />
        <Field id="compare-user" label={t('discovery:compare.user')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={user}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setUser(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button-secondary">
          {t('discovery:compare.button')}
        </button>
      </form>
      {result && <CompareResult differences={result} />}
      <WhereInPrograms />
    </section>
  )
}

/** What the comparison found: the settings are the same, or each difference in plain words. */
function CompareResult({ differences }: { differences: SettingsDifference[] }) {
  const { t } = useTranslation()
  return (
    <div role="status" className="compare-result">
      {differences.length === 0 ? (
        <p>{t('discovery:compare.same')}</p>
      ) : (
        <ul>
          {differences.map((difference) => (
            <li key={difference.field}>
              {t(`discovery:compare.difference.${difference.field}`, {
                have: difference.field.endsWith('Security')
                  ? t(`discovery:compare.securityName.${difference.have}`)
                  : difference.have,
                want: difference.field.endsWith('Security')
                  ? t(`discovery:compare.securityName.${difference.want}`)
                  : difference.want,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Where the common mail programs keep these settings. */
function WhereInPrograms() {
  const { t } = useTranslation()
  return (
    <details className="compare-where">
      <summary>{t('discovery:where.title')}</summary>
      <dl>
        {PROGRAMS.map((program) => (
          <div key={program}>
            <dt>{t(`discovery:where.${program}.name`)}</dt>
            <dd>{t(`discovery:where.${program}.path`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
