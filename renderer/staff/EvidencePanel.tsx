import { useTranslation } from 'react-i18next'
import type { Finding } from '../../shared/report'
import { transcriptOf } from '../../shared/report-export/evidence'
import { accountOfFinding, ProgramAccountCard } from '../wizard/ProgramAccounts'

const SHOWN_APART = new Set(['transcript', 'records', 'certificate'])

function Block({ title, text }: { title: string; text: string }) {
  return (
    <div className="evidence-block">
      <h4>{title}</h4>
      <pre tabIndex={0}>{text}</pre>
    </div>
  )
}

/**
 * The raw evidence behind one finding, behind a disclosure: the records, the server conversation,
 * the certificate and anything else the check recorded (secrets are already masked by the engine).
 */
export function EvidencePanel({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const transcript = transcriptOf(finding)
  const account = accountOfFinding(finding)
  const { records, certificate } = finding.evidence
  const rest = Object.entries(finding.evidence).filter(([key]) => !SHOWN_APART.has(key))
  const empty =
    transcript.length === 0 && records === undefined && certificate === undefined && rest.length === 0
  return (
    <details className="evidence" data-evidence-for={finding.id}>
      <summary>{t('report:staff.evidence')}</summary>
      {empty && <p className="staff-lead">{t('report:staff.noEvidence')}</p>}
      {account && <ProgramAccountCard account={account} allFields />}
      {records !== undefined && (
        <Block title={t('report:doc.records')} text={JSON.stringify(records, null, 2)} />
      )}
      {transcript.length > 0 && (
        <Block
          title={t('report:doc.transcript')}
          text={transcript.map((line) => `+${Math.round(line.atMs)} ms ${line.dir}: ${line.line}`).join('\n')}
        />
      )}
      {certificate !== undefined && (
        <Block title={t('report:doc.certificate')} text={JSON.stringify(certificate, null, 2)} />
      )}
      {rest.length > 0 && (
        <Block title={t('report:doc.evidence')} text={JSON.stringify(Object.fromEntries(rest), null, 2)} />
      )}
    </details>
  )
}
