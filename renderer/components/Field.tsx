import type { ReactNode } from 'react'
import type { Finding } from '../../shared/report'
import { FindingList } from './FindingList'

/** What a field gives the control it draws: its id, and the hint and error it is described by. */
export interface FieldControl {
  id: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/** A labelled form field; `error` undefined draws no error line, null or '' an empty one. */
interface FieldProps {
  /** The control's id, which the label points at. */
  id: string
  /** Prefix of the hint's and the error's ids (`name-hint`, `name-error`); the control's id by default. */
  name?: string
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
  /** Draws the control with the ids it needs. */
  children: (control: FieldControl) => ReactNode
}

/**
 * One form field as every form draws it: the label, the control, a hint, and an error line that is
 * announced when it fills and marks the control invalid.
 */
export function Field({ id, name = id, label, hint, error, children }: FieldProps) {
  const hintId = hint === undefined ? undefined : `${name}-hint`
  const errorId = error === undefined ? undefined : `${name}-error`
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error === undefined ? {} : { 'aria-invalid': Boolean(error) }),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint !== undefined && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error !== undefined && <FormError id={errorId}>{error}</FormError>}
    </div>
  )
}

/** A form's error line: always there, so a screen reader announces it as soon as it fills. */
export function FormError({ id, children }: { id?: string | undefined; children?: ReactNode }) {
  return (
    <p className="field-error" id={id} role="alert">
      {children ?? ''}
    </p>
  )
}

/** A test form's results, announced as they come: its findings with remedies, then anything more. */
export function Results({
  findings,
  label,
  children,
}: {
  findings: Finding[]
  label: string
  children?: ReactNode
}) {
  return (
    <div aria-live="polite">
      {findings.length > 0 && <FindingList findings={findings} withRemedies label={label} />}
      {children}
    </div>
  )
}
