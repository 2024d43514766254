import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgramsReadResponse } from '../../shared/ipc'
import type { TreeNode } from '../../shared/tree/types'
import { useAppStore } from '../store/use-app-store'
import { ProgramAccountCard } from './ProgramAccounts'
import { ScreenFrame } from '../components/ScreenFrame'
import { useProviderIdentity } from '../store/use-provider-identity'

type Phase = 'ask' | 'reading' | 'done' | 'failed'

/** What was read: the accounts (the address's first) and the programs we found but cannot read. */
function ReadResult({ result }: { result: ProgramsReadResponse }) {
  const { t } = useTranslation()
  return (
    <>
      {result.accounts.length === 0 && <p>{t('tree:nodes.programs.none')}</p>}
      {result.accounts.length > 0 && <h2>{t('tree:nodes.programs.found')}</h2>}
      {result.accounts.map((account) => (
        <ProgramAccountCard
          key={`${account.program}-${account.place}-${account.email}`}
          account={account}
          allFields={false}
        />
      ))}
      {result.notReadable.map((program) => (
        <p key={program}>
          {t('mailPrograms:notReadable', { program: t(`mailPrograms:programs.${program}`) })}
        </p>
      ))}
    </>
  )
}

/**
 * Asks before reading the mail programs' own settings on this computer (read-only, never a
 * password); once read, shows the accounts found, and the walk goes on: a wrong field decides.
 */
export function ProgramsStep({ node }: { node: Extract<TreeNode, { kind: 'programs' }> }) {
  const { t } = useTranslation()
  const address = useAppStore((state) => (state.targetInput.includes('@') ? state.targetInput.trim() : ''))
  const provider = useProviderIdentity().provider?.id
  const readPrograms = useAppStore((state) => state.readPrograms)
  const proceed = useAppStore((state) => state.proceed)
  const [phase, setPhase] = useState<Phase>('ask')
  const [result, setResult] = useState<ProgramsReadResponse | null>(null)
  const base = `tree:nodes.${node.id}`
  const read = async () => {
    setPhase('reading')
    const answer = await readPrograms(provider ? { address, provider } : { address })
    if (!answer) return setPhase('failed')
    setResult(answer)
    setPhase('done')
  }
  const asking = phase === 'ask' || phase === 'reading'
  const actions = asking ? (
    <>
      <button
        type="button"
        className="button-primary"
        onClick={() => void read()}
        disabled={phase === 'reading'}
      >
        {t(`${base}.yes`)}
      </button>
      <button type="button" className="button-secondary" onClick={proceed} disabled={phase === 'reading'}>
        {t(`${base}.no`)}
      </button>
    </>
  ) : (
    <button type="button" className="button-primary" onClick={proceed}>
      {t(`${base}.next`)}
    </button>
  )
  return (
    <ScreenFrame title={t(`${base}.title`)} lead={t(`${base}.lead`)} actions={actions}>
      {phase === 'reading' && <p role="status">{t(`${base}.reading`)}</p>}
      {phase === 'failed' && <p role="status">{t(`${base}.failed`)}</p>}
      {phase === 'done' && result && <ReadResult result={result} />}
    </ScreenFrame>
  )
}
