import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mxValues, type MxValue } from '../../shared/tree/dns-values'
import { useAppStore } from '../store/use-app-store'
import { useProviderIdentity } from '../store/use-provider-identity'

/** A button that copies one value for a DNS panel's field, and says so. */
function CopyValue({ value }: { value: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState<boolean | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <>
      <button
        type="button"
        className="button-quiet copy-value"
        aria-label={t('tree:dnsValues.copyNamed', { value })}
        onClick={() => void copy()}
      >
        {t('tree:dnsValues.copy')}
      </button>
      <span role="status" className="copy-state">
        {copied === null ? '' : t(copied ? 'tree:dnsValues.copied' : 'tree:dnsValues.copyFailed')}
      </span>
    </>
  )
}

function ValueRow({ value }: { value: MxValue }) {
  const { t } = useTranslation()
  const record =
    value.preference === null ? `MX ${value.exchange}` : `MX ${value.preference} ${value.exchange}`
  return (
    <li data-action={value.action}>
      <span className="dns-action">{t(`tree:dnsValues.${value.action}`, { from: value.from ?? '' })}</span>{' '}
      <code>{record}</code> <CopyValue value={value.exchange} />
    </li>
  )
}

/**
 * The MX records to add and remove, where the step says to change them: each value with its copy
 * button; for an unknown provider, what to ask it for and the records published now.
 */
export function MxValuesList() {
  const { t } = useTranslation()
  const findings = useAppStore((state) => state.runs.own.findings)
  const domain = useAppStore((state) => state.runs.own.report?.target.domain ?? state.runs.own.input)
  const { provider } = useProviderIdentity()
  const values = mxValues(findings, provider, domain)
  if (values.kind === 'exact')
    return (
      <ul className="dns-values" aria-label={t('tree:dnsValues.label')}>
        {values.values.map((value) => (
          <ValueRow key={`${value.action}-${value.exchange}`} value={value} />
        ))}
      </ul>
    )
  return (
    <div className="dns-values">
      <p>{t(values.published.length > 0 ? 'tree:dnsValues.ask' : 'tree:dnsValues.askNone')}</p>
      {values.published.length > 0 && (
        <ul aria-label={t('tree:dnsValues.publishedLabel')}>
          {values.published.map((host) => (
            <li key={host} data-action="published">
              <code>{host}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
