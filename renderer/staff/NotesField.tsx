import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'

/** The staff's notes for the live session; they go into the report and the history. */
export function NotesField() {
  const { t } = useTranslation()
  const notes = useAppStore((state) => state.notes)
  const setNotes = useAppStore((state) => state.setNotes)
  return (
    <div className="field staff-notes">
      <label htmlFor="staff-notes">{t('report:notes.label')}</label>
      <textarea
        id="staff-notes"
        rows={4}
        maxLength={20_000}
        value={notes}
        aria-describedby="staff-notes-hint"
        onChange={(event) => setNotes(event.target.value)}
      />
      <p className="field-hint" id="staff-notes-hint">
        {t('report:notes.hint')}
      </p>
    </div>
  )
}
