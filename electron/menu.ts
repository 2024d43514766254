import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import { createI18n, type Language } from '../shared/i18n'

/** Builds the application menu in the given language. */
export function setApplicationMenu(language: Language): void {
  const i18n = createI18n(language)
  const t = (key: string) => i18n.t(key)
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin'
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const, label: t('common:menu.about') },
              { role: 'quit' as const, label: t('common:menu.quit') },
            ],
          },
        ]
      : []),
    { label: t('common:menu.file'), submenu: [{ role: 'quit', label: t('common:menu.quit') }] },
    {
      label: t('common:menu.edit'),
      submenu: [
        { role: 'undo', label: t('common:menu.undo') },
        { role: 'redo', label: t('common:menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('common:menu.cut') },
        { role: 'copy', label: t('common:menu.copy') },
        { role: 'paste', label: t('common:menu.paste') },
        { role: 'selectAll', label: t('common:menu.selectAll') },
      ],
    },
    {
      label: t('common:menu.view'),
      submenu: [
        { role: 'reload', label: t('common:menu.reload') },
        { type: 'separator' },
        { role: 'zoomIn', label: t('common:menu.zoomIn') },
        { role: 'zoomOut', label: t('common:menu.zoomOut') },
        { role: 'resetZoom', label: t('common:menu.resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('common:menu.fullscreen') },
      ],
    },
    { label: t('common:menu.help'), submenu: [{ role: 'about', label: t('common:menu.about') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
