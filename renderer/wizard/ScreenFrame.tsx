import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'

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
  const because = useAppStore((state) => state.because)
  const goBack = useAppStore((state) => state.goBack)
  return (
    <section className="screen" aria-labelledby="screen-title">
      {because && (
        <p className="because" role="status">
          {t(`tree:because.${because}`)}
        </p>
      )}
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
