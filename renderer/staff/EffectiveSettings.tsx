import { useTranslation } from 'react-i18next'
import type { EffectiveSetting } from '../../shared/ipc'

/** What the checks use now, each setting with where it comes from: saved, environment or system. */
export function EffectiveSettings({ rows }: { rows: readonly EffectiveSetting[] }) {
  const { t } = useTranslation()
  return (
    <table className="settings-effective">
      <caption>{t('common:settings.effective.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common:settings.effective.setting')}</th>
          <th scope="col">{t('common:settings.effective.value')}</th>
          <th scope="col">{t('common:settings.effective.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.setting} data-setting={row.setting} data-source={row.source}>
            <th scope="row">{t(`common:settings.effective.names.${row.setting}`)}</th>
            <td>{row.value ?? t(`common:settings.effective.defaults.${row.setting}`)}</td>
            <td>
              {row.source === 'environment'
                ? t('common:settings.effective.fromEnvironment', { variable: row.variable ?? '' })
                : t(`common:settings.effective.${row.source}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
