import type { CheckId } from './protocol'

/** The areas `--only` and the request may pick; a check id belongs to one area (see `areaOf`). */
export const CHECK_AREAS = ['registration', 'dns', 'discovery', 'smtp', 'imap', 'pop3'] as const
/** One area of checks. */
export type CheckArea = (typeof CHECK_AREAS)[number]

/** The area a check id belongs to. */
export function areaOf(id: CheckId): CheckArea | 'input' {
  if (id === 'input.domain') return 'input'
  if (id === 'domain.registration') return 'registration'
  if (id.startsWith('dns.')) return 'dns'
  if (id === 'client.discovery' || id === 'client.programs') return 'discovery'
  if (id.startsWith('smtp.')) return 'smtp'
  if (id.startsWith('imap') || id === 'mailbox.auth' || id === 'client.settings') return 'imap'
  return 'pop3'
}
