import type { HeaderRole, RoleCorrection } from './types'

/** True when `domain` is `own` or one of its subdomains (`news.example.com` for `example.com`). */
function isOwn(domain: string, own: string): boolean {
  return domain === own || domain.endsWith(`.${own}`)
}

/**
 * Whose side the reader is on, when the message's From domain contradicts their answer: a message
 * "I send" that comes from another domain was received; a message "I receive" that comes from the
 * reader's own domain was sent from their side, so the sender's fixes are theirs. Null when the
 * headers agree with the answer, or when either domain is unknown (the answer stands).
 */
export function correctRole(
  answered: HeaderRole,
  fromDomain: string | null,
  ownDomain: string | null,
): RoleCorrection | null {
  if (!fromDomain || !ownDomain) return null
  const own = ownDomain.toLowerCase().replace(/\.$/, '')
  const ours = isOwn(fromDomain.toLowerCase(), own)
  if (answered === 'sender' && !ours) return { role: 'recipient', answered, fromDomain, ownDomain: own }
  if (answered === 'recipient' && ours) return { role: 'sender', answered, fromDomain, ownDomain: own }
  return null
}
