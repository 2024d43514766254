import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'
import type { Problem } from '../store/wizard-slice'

const PROBLEMS: { id: Problem; icon: string }[] = [
  { id: 'cannotSend', icon: '↗' },
  { id: 'cannotReceive', icon: '↘' },
  { id: 'bounce', icon: '↩' },
  { id: 'webmail', icon: '⌂' },
]

/** "What is happening?": four plain choices; picking one moves on. */
export function ProblemStep() {
  const { t } = useTranslation()
  const chosen = useAppStore((state) => state.problem)
  const chooseProblem = useAppStore((state) => state.chooseProblem)
  const goBack = useAppStore((state) => state.goBack)
  return (
    <section className="screen" aria-labelledby="problem-title">
      <h1 id="problem-title" tabIndex={-1}>
        {t('common:problem.title')}
      </h1>
      <p className="lead">{t('common:problem.lead')}</p>
      <ul className="choices">
        {PROBLEMS.map(({ id, icon }) => (
          <li key={id}>
            <button
              type="button"
              className="choice"
              aria-pressed={chosen === id}
              aria-describedby={`problem-${id}-hint`}
              onClick={() => chooseProblem(id)}
            >
              <span className="choice-icon" aria-hidden="true">
                {icon}
              </span>
              <span className="choice-text">
                <span className="choice-title">{t(`common:problem.${id}`)}</span>
                <span className="choice-hint" id={`problem-${id}-hint`}>
                  {t(`common:problem.${id}Hint`)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={goBack}>
          {t('common:action.back')}
        </button>
      </div>
    </section>
  )
}
