/**
 * Mailbox domains many people in Italy and elsewhere have, for "did you mean …?" when a typed
 * domain does not exist. Facts only: each is a public mail service's own domain.
 */
export const COMMON_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.it',
  'hotmail.com',
  'hotmail.it',
  'live.com',
  'live.it',
  'yahoo.com',
  'yahoo.it',
  'icloud.com',
  'me.com',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tim.it',
  'fastwebnet.it',
  'email.it',
  'aruba.it',
  'pec.it',
  'legalmail.it',
]
