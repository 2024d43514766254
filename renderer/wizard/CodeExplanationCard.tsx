import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  explainCode,
  readingOfReason,
  type CodeExplanation,
  type ServerTextExplanation,
} from '../../shared/bounce/explain'
import { reasonOfStatus } from '../../shared/bounce/classify-reason'
import type { BounceReason } from '../../shared/bounce/reasons'
import { panelTextParams } from '../../shared/knowledge/provider-identity'
import { whoActsKey } from '../../shared/knowledge/remedies'
import { whoActsPhrase } from '../../shared/knowledge/who-acts-phrase'
import type { Msg } from '../../shared/report'
import { sendingServersNotListed } from '../../shared/tree/premises'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'
import { BounceReasonNote } from './BounceReasonNote'
import { useProviderIdentity } from '../store/use-provider-identity'

/** A code's explanation, and whether to show the code's own steps. */
interface CodeExplanationCardProps {
  explanation: CodeExplanation
  withSteps: boolean
}

/**
 * What the bounce's codes and text mean: title, meaning, causes, who acts, retry advice, and the
 * code's own steps when the remedy defers to them (fit for the person's provider: OVHcloud's only
 * for OVHcloud); notes on sources only in the call view.
 */
export function CodeExplanationCard({ explanation: explained, withSteps }: CodeExplanationCardProps) {
  const { t, i18n } = useTranslation()
  const { provider } = useProviderIdentity()
  const company = provider?.company
  const reason = useAppStore((state) => state.bounce?.reason ?? null)
  const explanation = useFittingExplanation(explained, company, reason)
  // The bounce's verdict answers "will sending again help?" once, above; the code's own advice then stays out.
  const bounceAnswers = useAppStore((state) => state.bounce?.retry != null)
  const callView = useAppStore((state) => state.callView)
  const facts = panelTextParams(provider, (key, params) => t(key, params))
  const say = (message: Msg) => t(message.key, { ...facts, ...message.params })
  const codes = [explanation.replyCode, explanation.enhancedCode].filter((code) => code !== null).join(' ')
  const reading = readingOfReason(explanation, reason)
  return (
    <section className="explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">
        {codes && <span className="code-badge">{codes}</span>} {say(explanation.title)}
      </h2>
      <p>{say(explanation.meaning)}</p>
      <BounceReasonNote withReason={!saysReason(explanation, reason, reading)} reading={reading} />
      {/* Neither the bounce's reason (or its finer reading) nor the words the title already says are said twice. */}
      {notSaidYet(explanation, reason, reading).map((match) => (
        <p key={match.id} className="server-text">
          <strong>{say(match.title)}</strong> {say(match.meaning)}
        </p>
      ))}
      <SayList title={t('knowledge:cli.labels.causes')} items={explanation.causes} />
      {withSteps && <SayList title={t('knowledge:cli.labels.steps')} items={explanation.steps} ordered />}
      <dl className="facts">
        {/* The screen answers "who needs to act" once, beside the steps; staff see the code's own answer too. */}
        {callView && (
          <>
            <dt>{t('knowledge:cli.labels.whoActs')}</dt>
            <dd>
              {whoActsPhrase(
                explanation.whoActs.map((who) => t(whoActsKey(who))),
                i18n.language,
              )}
            </dd>
          </>
        )}
        {!bounceAnswers && (
          <>
            <dt>{t('knowledge:cli.labels.retry')}</dt>
            <dd>{say(explanation.retry)}</dd>
          </>
        )}
      </dl>
      {callView &&
        explanation.notes.map((note) => (
          <p key={note.key} className="note">
            {say(note)}
          </p>
        ))}
    </section>
  )
}

/**
 * The explanation fitted to what is known: the provider, the bounce's reason, what the blocklist check
 * found (no "check the blocklists" once none listed you), a delay warning (no "send it again"), a final
 * refusal (no "wait and retry"), a notice the mail system sent (no "did your mail program show this?").
 */
function useFittingExplanation(
  explained: CodeExplanation,
  company: string | undefined,
  reason: BounceReason | null,
): CodeExplanation {
  const notListed = useAppStore((state) => sendingServersNotListed(walkStateOf(state)))
  const retry = useAppStore((state) => state.bounce?.retry)
  const fromMailSystem = useAppStore((state) => state.bounce?.fromMailSystem === true)
  return useMemo(() => {
    const context = { reason, notListed, fromMailSystem, ...(retry ? { retry } : {}) }
    return explainCode(explained.input, { ...(company ? { company } : {}), ...context }) ?? explained
  }, [explained, company, reason, notListed, retry, fromMailSystem])
}

/** The words read that neither the card's title nor the reason line says. */
function notSaidYet(
  explanation: CodeExplanation,
  reason: string | null,
  reading: ServerTextExplanation | null,
): ServerTextExplanation[] {
  return explanation.serverText.filter(
    (match) => match.id !== reason && match.id !== reading?.id && match.title.key !== explanation.title.key,
  )
}

/**
 * True when the card's title already says why the bounce came back: its reason, the finer reading of
 * it, or the enhanced code that stands for it ("550 5.2.2 Mailbox full").
 */
function saysReason(
  explanation: CodeExplanation,
  reason: string | null,
  reading: ServerTextExplanation | null,
): boolean {
  const own = `bounce:reasons.${reason ?? ''}.`
  if (reading && explanation.title.key === reading.title.key) return true
  if (explanation.basis === 'enhancedCode' && reasonOfStatus(explanation.enhancedCode) === reason) return true
  return [explanation.title.key, explanation.meaning.key].some((key) => key.startsWith(own))
}

/** A titled list of texts (the causes, the steps); nothing when there are none. */
function SayList({
  title,
  items,
  ordered = false,
}: {
  title: string
  items: readonly Msg[]
  ordered?: boolean
}) {
  const { t } = useTranslation()
  if (items.length === 0) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <>
      <h3>{title}</h3>
      <List>
        {items.map((item) => (
          <li key={item.key}>{t(item.key, item.params ?? {})}</li>
        ))}
      </List>
    </>
  )
}
