import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '../../shared/protocol/languages'
import { fixParams, programValue } from '../../shared/knowledge/mail-program-labels'
import {
  PROGRAM_FIELDS,
  type ProgramAccount,
  type ProgramDifference,
  type ProgramField,
} from '../../shared/knowledge/mail-programs'
import type { Finding } from '../../shared/report'
import { useAppStore } from '../store/use-app-store'

/** One account with its comparison, as the `client.programs` finding or `programs:read` carries it. */
export type ComparedProgramAccount = ProgramAccount & { differences: ProgramDifference[] | null }

/** The account and differences in a `client.programs` finding's evidence, when it holds one. */
export function accountOfFinding(finding: Finding): ComparedProgramAccount | null {
  const account = finding.evidence.account as ProgramAccount | undefined
  if (finding.id !== 'client.programs' || !account || typeof account.program !== 'string') return null
  const differences = finding.evidence.differences
  return { ...account, differences: Array.isArray(differences) ? (differences as ProgramDifference[]) : null }
}

function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'en'
}

function fieldValue(account: ProgramAccount, field: ProgramField, lang: Language, unset: string): string {
  const [side, name] = field.split('.') as ['incoming' | 'outgoing', string]
  const server = account[side] as Record<string, unknown> | null
  const value = server?.[name]
  if (typeof value !== 'string' && typeof value !== 'number') return unset
  if (value === '') return unset
  return programValue(account.program, lang, field, String(value))
}

/** The sentences that say, for each wrong field, where it is in the program and what to put. */
export function FixList({ account }: { account: ComparedProgramAccount }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  if (!account.differences || account.differences.length === 0) return null
  return (
    <ul className="program-fixes">
      {account.differences.map((difference) => (
        <li key={difference.field}>{t('mailPrograms:fix', fixParams(account.program, lang, difference))}</li>
      ))}
    </ul>
  )
}

/** One account: the program, the address, every field as read, and what is wrong. */
export function ProgramAccountCard({
  account,
  allFields,
}: {
  account: ComparedProgramAccount
  allFields: boolean
}) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const wrong = new Set(account.differences?.map((difference) => difference.field) ?? [])
  const shown = PROGRAM_FIELDS.filter((field) => allFields || wrong.has(field))
  return (
    <article className="program-account">
      <h3>
        {t(`mailPrograms:programs.${account.program}`)} · {account.email ?? account.name ?? '—'}
      </h3>
      {shown.length > 0 && (
        <dl>
          {shown.map((field) => (
            <div key={field} className={wrong.has(field) ? 'wrong' : undefined}>
              <dt>{t(`mailPrograms:fields.${field.replace('.', '-')}`)}</dt>
              <dd>{fieldValue(account, field, lang, t('mailPrograms:unset'))}</dd>
            </div>
          ))}
        </dl>
      )}
      {account.differences === null && <p>{t('tree:nodes.programs.unknown')}</p>}
      {account.differences?.length === 0 && <p>{t('tree:nodes.programs.allRight')}</p>}
      <FixList account={account} />
    </article>
  )
}

/** On the remedy screen: the wrong fields of the address's own account, where they are and what to put. */
export function ProgramFixes() {
  const { t } = useTranslation()
  const findings = useAppStore((state) => state.runs.own.findings)
  const accounts = findings
    .filter((finding) => finding.status === 'fail')
    .map(accountOfFinding)
    .filter((account) => account !== null)
  if (accounts.length === 0) return null
  return (
    <section aria-labelledby="program-fixes-title" className="program-fixes-panel">
      <h2 id="program-fixes-title">{t('tree:nodes.programs.fixesTitle')}</h2>
      {accounts.map((account) => (
        <ProgramAccountCard
          key={`${account.program}-${account.place}-${account.email}`}
          account={account}
          allFields={false}
        />
      ))}
    </section>
  )
}
