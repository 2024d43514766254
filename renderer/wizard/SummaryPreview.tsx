import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../bridge/api'
import { useAppStore } from '../store/use-app-store'

/** How long the findings must pause before the preview is exported again. */
const PREVIEW_PAUSE_MS = 300

/** The summary support will receive, as text the person can read before sending it. */
export function SummaryPreview() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const shareSafely = useAppStore((state) => state.shareSafely)
  const findings = useAppStore((state) => state.runs.own.findings)
  const reportSession = useAppStore((state) => state.reportSession)
  const [text, setText] = useState<string | null>(null)

  useEffect(() => {
    const session = reportSession()
    if (!session) return
    let current = true
    // Findings stream in: export once they pause, not once per finding.
    const timer = setTimeout(() => {
      void api()
        .exportReport({ session, format: 'md', language, shareSafely })
        .then((result) => {
          if (current && result.ok) setText(result.value.text)
        })
    }, PREVIEW_PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [language, shareSafely, findings, reportSession])

  if (text === null) return null
  return (
    <details className="summary-preview">
      <summary>{t('tree:ui.handoffPreview')}</summary>
      <pre tabIndex={0} aria-label={t('tree:ui.handoffPreview')}>
        {text}
      </pre>
    </details>
  )
}
