import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DiagnosisOptions } from '../../../shared/headers/diagnosis'
import type { HeaderReport } from '../../../shared/headers/types'
import { MAX_HEADER_INPUT_CHARS } from '../../../shared/headers/limits'
import { api } from '../../bridge/api'
import { useAppStore } from '../../store/use-app-store'
import { PastedText } from '../../components/PastedText'
import { ScreenFrame } from '../../components/ScreenFrame'
import { readHeadersOffThread } from '../../bridge/read-headers'
import { useProviderIdentity } from '../../store/use-provider-identity'
import { asksForTarget } from '../../../shared/tree/decision-tree'

/** The pasted headers read off the page's thread, or the i18n key of why they could not be. */
async function readPasted(text: string, options: DiagnosisOptions): Promise<HeaderReport | string> {
  const report = await readHeadersOffThread(text, options).catch(() => null)
  if (!report) return 'headers:screen.failed'
  return report.hops.length === 0 ? 'headers:screen.noHeaders' : report
}

/** What the reading needs besides the text: the role answered, the provider's SPF, the domain the person gave. */
function useDiagnosisOptions(): DiagnosisOptions {
  const role = useAppStore((state) =>
    state.answers['headers-role'] === 'recipient' ? 'recipient' : 'sender',
  )
  // The message's From domain checks the role against the person's own domain (its ASCII form).
  const ownDomain = useAppStore(
    (state) =>
      state.runs.own.report?.target.domain ??
      state.trail.findLast((step) => asksForTarget(step.nodeId))?.answer,
  )
  const { provider } = useProviderIdentity()
  return {
    role,
    ...(provider?.spfInclude ? { spfInclude: provider.spfInclude } : {}),
    ...(ownDomain ? { ownDomain } : {}),
  }
}

/** Takes a message's pasted headers (or the whole message) and reads them on this computer. */
export function HeadersScreen() {
  const { t } = useTranslation()
  const submitHeaders = useAppStore((state) => state.submitHeaders)
  const setHeadersDkim = useAppStore((state) => state.setHeadersDkim)
  const options = useDiagnosisOptions()
  const [text, setText] = useState('')
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setError('headers:screen.empty')
      return
    }
    setReading(true)
    const report = await readPasted(text, options)
    setReading(false)
    if (typeof report === 'string') {
      setError(report)
      return
    }
    submitHeaders(report, t('headers:screen.shown', { count: report.hops.length }))
    if (/^DKIM-Signature:/im.test(text))
      void api()
        .verifyDkim({ runId: crypto.randomUUID(), message: text.slice(0, MAX_HEADER_INPUT_CHARS) })
        .then((result) => setHeadersDkim(result.ok ? result.value : null))
  }

  return (
    <ScreenFrame
      title={t('headers:screen.title')}
      lead={t('headers:screen.intro')}
      actions={
        <button type="submit" form="headers-form" className="button-primary" disabled={reading}>
          {reading ? t('headers:screen.reading') : t('headers:screen.read')}
        </button>
      }
    >
      <HeadersHowTo />
      <form id="headers-form" onSubmit={(event) => void submit(event)} noValidate>
        <PastedText
          id="headers-text"
          name="headers"
          purpose="headers"
          label={t('headers:screen.label')}
          placeholder={t('headers:screen.placeholder')}
          rows={10}
          text={text}
          onText={setText}
          error={error}
          onError={setError}
        />
      </form>
    </ScreenFrame>
  )
}

/** How to find a message's headers in the common programs, one click away. */
function HeadersHowTo() {
  const { t } = useTranslation()
  return (
    <details className="headers-howto">
      <summary>{t('headers:screen.howTo')}</summary>
      <ul>
        {(t('headers:screen.howToSteps', { returnObjects: true }) as string[]).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </details>
  )
}
