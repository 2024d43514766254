import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App'
import { startI18n } from './app/i18n'
import { connectMainEvents } from './store/subscriptions'
import { useAppStore } from './store/use-app-store'
import './app/styles.css'

connectMainEvents(useAppStore)
const i18n = await startI18n(useAppStore.getState().language)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  )
}
