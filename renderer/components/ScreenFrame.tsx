import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { useAppStore } from '../store/use-app-store'
import { asksForTarget, asksWhoRuns } from '../../shared/tree/decision-tree'
import { evidenceNotes } from '../../shared/tree/evidence-notes'
import { answeredSteps, walkStateOf } from '../store/wizard-slice'
import { becauseParams } from '../store/screen-context'

/** What the frame says above the title: the normalised target, the reason we came here, and evidence notes. */
function useFrameNotes() {
  const { t } = useTranslation()
  const because = useAppStore((state) => state.because)
  const params = useAppStore(
    useShallow((state) => ({
      ...becauseParams(state, t('tree:ui.yourProvider')),
      ...state.trail.findLast((step) => step.decided && step.decided.because === state.because)?.decided
        ?.becauseParams,
    })),
  )
  const note = useAppStore((state) =>
    asksForTarget(answeredSteps(state.trail).at(-1)?.nodeId ?? '') && !asksForTarget(state.nodeId)
      ? state.targetNote
      : null,
  )
  const notes = useAppStore(
    useShallow((state) =>
      asksWhoRuns(state.nodeId)
        ? []
        : evidenceNotes(walkStateOf(state), state.because, state.nodeId).map((note) =>
            t(note.key, { ...becauseParams(state, t('tree:ui.yourProvider')), ...note.params }),
          ),
    ),
  )
  return { because, params, note, notes }
}

/** The frame of every tree screen: the reason we came here, the title, the content, Back. */
export function ScreenFrame({
  title,
  lead,
  children,
  actions,
}: {
  title: string
  lead?: string
  children?: ReactNode
  actions?: ReactNode
}) {
  const { t } = useTranslation()
  const { because, params, note, notes } = useFrameNotes()
  const goBack = useAppStore((state) => state.goBack)
  return (
    <section className="screen" aria-labelledby="screen-title">
      {note && (
        <p className="note target-note" role="status">
          {t('tree:target.normalised', { domain: note })}
        </p>
      )}
      {because && (
        <p className="because" role="status">
          {t(`tree:because.${because}`, params)}
        </p>
      )}
      {notes.map((text) => (
        <p key={text} className="evidence-note" role="status">
          {text}
        </p>
      ))}
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={goBack}>
          {t('common:action.back')}
        </button>
        {actions}
      </div>
    </section>
  )
}
