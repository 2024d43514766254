import { useTranslation } from 'react-i18next'
import { sizeParams } from '../../shared/mailbox-size'
import type { Finding } from '../../shared/report'
import { useAppStore } from '../store/use-app-store'
import { folderRoleText, messageDate } from './mailbox-panel-model'
import './mailbox-panel.css'

interface Folder {
  name: string
  specialUse: string | null
  messages: number | null
}
interface Found {
  folder: string
  subject: string
  from: string
  date: string
}

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined
}

/** A text of the evidence, or nothing. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}

function latest(findings: readonly Finding[], id: Finding['id']): Finding | undefined {
  return findings.findLast((finding) => finding.id === id)
}

/** A POP3 mailbox's size in a unit fit for it, as `size` and `unit`. */
function popSize(bytes: number): { size: number; unit: string } {
  const { used, unit } = sizeParams(bytes, Math.max(bytes, 1))
  return { size: used, unit }
}

/** How full the mailbox is, in a unit fit for the limit, or why there is no number. */
function QuotaLine({ finding }: { finding: Finding | undefined }) {
  const { t } = useTranslation()
  if (!finding) return null
  const { evidence } = finding
  const used = field(evidence, 'usedBytes')
  const limit = field(evidence, 'limitBytes')
  const pop3 = field(evidence, 'sizeBytes')
  const text =
    typeof used === 'number' && typeof limit === 'number'
      ? t('report:staff.mailboxQuota', {
          ...sizeParams(used, limit),
          percent: Number(field(evidence, 'percent')),
        })
      : typeof pop3 === 'number'
        ? t('report:staff.mailboxPop3', {
            ...popSize(pop3),
            messages: Number(field(evidence, 'messages')),
          })
        : t('report:staff.mailboxNoQuota')
  return <p data-mailbox="quota">{text}</p>
}

/**
 * The mailbox look for staff: the quota in readable units, every folder with its role in words and its
 * message count, and the messages found for the text the person gave (dates in the person's language), from the
 * look's findings' evidence.
 */
export function MailboxPanel() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const findings = useAppStore((state) => state.runs.own.findings)
  const quota = latest(findings, 'mailbox.quota')
  const folders = listOf<Folder>(field(latest(findings, 'mailbox.folders')?.evidence, 'folders'))
  const find = latest(findings, 'mailbox.find')
  const found = listOf<Found>(field(find?.evidence, 'found'))
  if (!quota && folders.length === 0 && !find) return null
  return (
    <section className="staff-card mailbox-panel" aria-labelledby="mailbox-panel-title">
      <h2 id="mailbox-panel-title">{t('report:staff.mailboxTitle')}</h2>
      <QuotaLine finding={quota} />
      {folders.length > 0 && (
        <div className="mailbox-folders" role="region" aria-labelledby="mailbox-folders-caption" tabIndex={0}>
          <table>
            <caption id="mailbox-folders-caption">
              {t('report:staff.mailboxFolders', { count: folders.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('report:staff.folderName')}</th>
                <th scope="col">{t('report:staff.folderUse')}</th>
                <th scope="col">{t('report:staff.folderMessages')}</th>
              </tr>
            </thead>
            <tbody>
              {folders.map((folder) => (
                <tr key={folder.name}>
                  <td>{folder.name}</td>
                  <td>{folderRoleText(folder, t)}</td>
                  <td>{folder.messages ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {find && (
        <>
          <h3>{t('report:staff.mailboxFind', { text: textOf(field(find.evidence, 'find')) })}</h3>
          {found.length === 0 ? (
            <p>{t('report:staff.mailboxFoundNone')}</p>
          ) : (
            <ul data-mailbox="found">
              {found.map((message, index) => (
                <li key={`${message.folder}-${index}`}>
                  {t('report:staff.mailboxFound', { ...message, date: messageDate(message.date, language) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
