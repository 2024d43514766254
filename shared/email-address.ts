/**
 * An email address as the app accepts one, typed by a person or put on an SMTP line: a local part
 * and a domain around one `@`, with no spaces, line breaks or angle brackets. The one rule for the
 * IPC contract, the renderer's forms, the engine and the CLI.
 */
export const EMAIL_ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/

/** True when `value` is an email address by EMAIL_ADDRESS. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_ADDRESS.test(value)
}
