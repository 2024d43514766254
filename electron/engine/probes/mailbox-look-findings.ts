/**
 * The findings of the mailbox look: the login, how full the mailbox is (`mailbox.quota`), its
 * folders (`mailbox.folders`) and where a named message went (`mailbox.find`). Numbers travel as
 * parameters; the texts are under `probe:mailboxLook` in each language.
 */
import { sizeParams } from '../../../shared/mailbox-size'
import type { Finding, RemedyId, Status } from '../../../shared/report'
import { authRemedies } from './classify'
import type { MailboxLookResult } from './mailbox-look-types'

type Facts = Omit<MailboxLookResult, 'timings' | 'transcript' | 'findings'>

/** From this share of the quota on, the mailbox is full: new mail may bounce. */
export const QUOTA_FULL_PERCENT = 95
/** From this share of the quota on, the mailbox is nearly full. */
export const QUOTA_NEARLY_FULL_PERCENT = 80

const SERVICE: Record<string, string> = { imap: 'IMAP', imaps: 'IMAP', pop3: 'POP3', pop3s: 'POP3' }

/** The findings of one look, in the order a person reads them. */
export function mailboxLookFindings(facts: Facts, durationMs: number): Finding[] {
  const { target } = facts
  const subject = `${target.host}:${target.port}`
  const base = { host: target.host, port: target.port, service: SERVICE[target.kind] ?? 'IMAP' }
  const make = (
    id: Finding['id'],
    status: Status,
    key: string,
    params: Record<string, string | number>,
    remedies: RemedyId[] = [],
    evidence: Record<string, unknown> = {},
  ): Finding => ({
    id,
    subject,
    status,
    title: { key: `probe:mailboxLook.${key}.title`, params: { ...base, ...params } },
    detail: { key: `probe:mailboxLook.${key}.detail`, params: { ...base, ...params } },
    evidence,
    durationMs,
    remedies,
  })
  const auth = facts.auth
  if (auth && auth.outcome !== 'ok') {
    const params = { ...base, server: auth.reply ?? '', mechanism: auth.mechanism ?? '' }
    return [
      {
        id: 'mailbox.auth',
        subject,
        status: auth.outcome === 'bad-input' ? 'error' : 'fail',
        title: { key: `probe:auth.${auth.outcome}.title`, params },
        detail: { key: `probe:auth.${auth.outcome}.detail`, params },
        evidence: { ...auth },
        durationMs,
        remedies: authRemedies(auth.outcome),
      },
    ]
  }
  const failure = facts.failure
  const findings: Finding[] = []
  if (failure && !auth) {
    const params = { reason: failure.code, server: failure.serverText ?? '' }
    return [make('mailbox.folders', 'error', 'failed', params, ['provider-status'], { failure })]
  }
  findings.push(quotaFinding(facts, make))
  findings.push(foldersFinding(facts, make))
  if (facts.find !== null) findings.push(findFinding(facts, make))
  return findings
}

type Make = (
  id: Finding['id'],
  status: Status,
  key: string,
  params: Record<string, string | number>,
  remedies?: RemedyId[],
  evidence?: Record<string, unknown>,
) => Finding

function quotaFinding(facts: Facts, make: Make): Finding {
  const { quota, pop3 } = facts
  if (pop3) {
    const size = sizeParams(pop3.sizeBytes, Math.max(pop3.sizeBytes, 1))
    return make(
      'mailbox.quota',
      'info',
      'pop3',
      { messages: pop3.messages, size: size.used, unit: size.unit },
      [],
      {
        ...pop3,
      },
    )
  }
  if (!quota) {
    if (facts.failure) return make('mailbox.quota', 'error', 'incomplete', {}, [], { failure: facts.failure })
    return make('mailbox.quota', 'info', facts.quotaOffered ? 'noLimit' : 'notOffered', {}, [], {
      quota: null,
    })
  }
  const percent = Math.floor((quota.usedBytes / quota.limitBytes) * 100)
  const params = { ...sizeParams(quota.usedBytes, quota.limitBytes), percent }
  const evidence = { ...quota, percent }
  if (percent >= QUOTA_FULL_PERCENT)
    return make('mailbox.quota', 'fail', 'full', params, ['mailbox-full'], evidence)
  if (percent >= QUOTA_NEARLY_FULL_PERCENT)
    return make('mailbox.quota', 'warn', 'nearlyFull', params, ['free-mailbox-space'], evidence)
  return make('mailbox.quota', 'pass', 'roomy', params, [], evidence)
}

function foldersFinding(facts: Facts, make: Make): Finding {
  const { folders } = facts
  const list = folders
    .map((folder) => `${folder.name}${folder.messages === null ? '' : ` (${folder.messages})`}`)
    .join(', ')
  if (folders.length === 0 && facts.failure)
    return make('mailbox.folders', 'error', 'incomplete', {}, [], { failure: facts.failure })
  return make('mailbox.folders', 'info', 'list', { count: folders.length, list }, [], { folders })
}

function findFinding(facts: Facts, make: Make): Finding {
  const found = facts.found ?? []
  const text = facts.find ?? ''
  const evidence = { find: text, found, unsearched: facts.unsearched }
  const inbox = found.find((message) => message.folder.toUpperCase() === 'INBOX')
  const spam = found.find((message) => isSpamFolder({ name: message.folder, specialUse: message.specialUse }))
  const elsewhere = found[0]
  const params = (message: { folder: string; subject: string; from: string; date: string }) => ({
    text,
    folder: message.folder,
    subject: message.subject,
    from: message.from,
    date: message.date,
    count: found.length,
  })
  if (inbox) return make('mailbox.find', 'pass', 'inInbox', params(inbox), [], evidence)
  if (spam) return make('mailbox.find', 'fail', 'inSpam', params(spam), ['arrived-in-spam'], evidence)
  if (elsewhere)
    return make('mailbox.find', 'warn', 'inFolder', params(elsewhere), ['moved-by-rule'], evidence)
  if (facts.failure || facts.unsearched.length > 0)
    return make(
      'mailbox.find',
      'error',
      'findIncomplete',
      { text, folders: facts.unsearched.join(', ') },
      [],
      evidence,
    )
  // Not found anywhere: the look says nothing against the route the wizard was on.
  return make('mailbox.find', 'info', 'notFound', { text, count: facts.folders.length }, [], evidence)
}

/** Whether a folder is where a spam filter puts messages: `\Junk`, or a name that says so. */
export function isSpamFolder(folder: { name: string; specialUse: string | null }): boolean {
  if (folder.specialUse !== null) return folder.specialUse === '\\Junk'
  return /^(?:.*[./])?(?:junk|spam|bulk|posta indesiderata|indesiderata|junk e-mail|junk email)$/i.test(
    folder.name,
  )
}
