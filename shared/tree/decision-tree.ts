import { OWN_PROGRAM_DETAILS } from '../bounce/reason-details'
import { BOUNCE_REASONS, namesFailure, type BounceReason } from '../bounce/reasons'
import { OFFERS, type DecisionTree, type TreeNode } from './types'

/** Words that refuse or hold back the sending server itself: its blocklists are checked. */
const SENDING_SERVER_REFUSED = ['blocked', 'badreputation', 'serverHeldBack'] as const

/** Permanent refusals whose words name a cause other than the recipient's address. */
const NOT_ABOUT_THE_ADDRESS: readonly BounceReason[] = [
  'filtered',
  'suppressed',
  'securityerror',
  'policyviolation',
  'rejected',
  'authfailure',
  'requireptr',
  'blocked',
  'virusdetected',
  'contenterror',
  'notcompliantrfc',
  'syntaxerror',
  'norelaying',
  'suspend',
  'systemerror',
  'systemfull',
  'mailererror',
  'networkerror',
  'expired',
  'failedstarttls',
  'toomanyconn',
]

/** Every reason but those given: a `not` of it holds for these reasons and for a bounce with no reason read. */
function reasonsOtherThan(kept: readonly BounceReason[]): BounceReason[] {
  return BOUNCE_REASONS.filter((reason) => !kept.includes(reason))
}

/**
 * Reasons a blocklist may explain (or none named): a 450 or 554 with any other (an attachment, an
 * address, a relay refused, a reverse name, a mail loop) skips the blocklist check.
 */
const NOT_A_BLOCKLIST = reasonsOtherThan([
  'blocked',
  'badreputation',
  'rejected',
  'securityerror',
  'onhold',
  'undefined',
])

/** OVHcloud's guide reads a 555 as a sending limit passed, unless its words name another cause. */
const NOT_A_SENDING_LIMIT = reasonsOtherThan(['speeding', 'toomanyconn', 'onhold', 'undefined'])

/** A 552 is read as a full mailbox only when its words name no other cause (spam, a virus, an attachment). */
const NOT_A_FULL_MAILBOX = reasonsOtherThan(['mailboxfull', 'onhold', 'undefined'])

/** Reasons that are a failure: a positive code around them is not the answer ("can't STARTTLS: 2.0.0 Ready"). */
const A_FAILURE = BOUNCE_REASONS.filter(namesFailure)

/** Reasons other than a refused login: words about authentication under them name something else (TLS). */
const NOT_A_LOGIN = reasonsOtherThan(['securityerror', 'onhold', 'undefined'])

/** The person said their mail arrives late. */
const LATE = { answer: 'problem', is: ['late'] } as const

const nodes: TreeNode[] = [
  // 1. What is wrong.
  {
    kind: 'question',
    id: 'problem',
    answers: [
      { id: 'cannotSend', next: 'target' },
      { id: 'cannotReceive', next: 'target' },
      { id: 'bounce', next: 'target' },
      { id: 'webmail', next: 'target' },
      { id: 'late', next: 'target' },
      { id: 'spam', next: 'target' },
    ],
  },
  { kind: 'input', id: 'target', input: 'target', next: 'registration' },
  // Evidence first: no network, a domain that does not exist, an expired registration.
  {
    kind: 'route',
    id: 'registration',
    needs: {
      target: 'own',
      areas: ['registration', 'dns', 'discovery', 'smtp', 'imap', 'pop3'],
      waitFor: ['domain.registration', 'dns.mx'],
    },
    routes: [
      { when: { fact: 'offline' }, next: 'offline', because: 'offline' },
      { when: { fact: 'domainMissing' }, next: 'domain-not-found', because: 'domainMissing' },
      {
        when: { finding: 'domain.registration', status: ['fail'] },
        next: 'domain-expired',
        because: 'domainExpired',
      },
      { next: 'provider-check' },
    ],
  },
  // 2. Which service: found from the address and its records, confirmed by the person, else asked.
  {
    kind: 'route',
    id: 'provider-check',
    needs: { target: 'own', areas: ['dns', 'discovery'], waitFor: ['dns.mx', 'client.discovery'] },
    routes: [{ when: { fact: 'providerDetected' }, next: 'provider-confirm' }, { next: 'offer' }],
  },
  {
    kind: 'question',
    id: 'provider-confirm',
    aboutProvider: true,
    asksWhoRuns: true,
    answers: [
      { id: 'yes', next: 'services-check' },
      { id: 'no', next: 'offer' },
      { id: 'unsure', next: 'services-check' },
    ],
  },
  {
    kind: 'question',
    id: 'offer',
    asksWhoRuns: true,
    answers: OFFERS.map((id) => ({ id, next: id === 'unknown' ? 'provider-found' : 'services-check' })),
  },
  {
    kind: 'question',
    id: 'provider-found',
    aboutProvider: true,
    answers: [{ id: 'continue', next: 'services-check' }],
  },
  // 3. Are the services active: asked only where there is something to pay or renew.
  {
    kind: 'route',
    id: 'services-check',
    needs: { target: 'own', areas: ['discovery'], waitFor: ['client.discovery'] },
    routes: [
      { when: { providerKind: ['free-webmail'] }, next: 'by-problem' },
      { when: { providerKind: ['pec'] }, next: 'pec-active' },
      { next: 'offer-active' },
    ],
  },
  {
    kind: 'remedy',
    id: 'offline',
    recheck: 'only',
    notSolved: 'handoff',
  },
  {
    kind: 'remedy',
    id: 'domain-not-found',
    correctTarget: 'own',
    showFindings: ['dns.mx'],
    notSolved: 'handoff',
  },
  {
    kind: 'remedy',
    id: 'domain-expired',
    showFindings: ['domain.registration'],
    notSolved: 'services-check',
  },
  {
    kind: 'question',
    id: 'offer-active',
    helpByOffer: true,
    link: 'providerPanel',
    answers: [
      { id: 'yes', next: 'by-problem' },
      { id: 'no', next: 'renew-offer' },
      { id: 'unsure', next: 'check-offer-status' },
    ],
  },
  {
    kind: 'question',
    id: 'pec-active',
    link: 'providerPanel',
    answers: [
      { id: 'yes', next: 'by-problem' },
      { id: 'no', next: 'renew-offer' },
      { id: 'unsure', next: 'check-offer-status' },
    ],
  },
  { kind: 'remedy', id: 'renew-offer', notSolved: 'by-problem' },
  {
    kind: 'remedy',
    id: 'check-offer-status',
    notSolved: 'by-problem',
  },
  {
    kind: 'route',
    id: 'by-problem',
    routes: [
      { when: { answer: 'problem', is: ['bounce'] }, next: 'bounce-input' },
      { when: { answer: 'problem', is: ['webmail'] }, next: 'webmail-problem' },
      { when: { answer: 'problem', is: ['late', 'spam'] }, next: 'headers-role' },
      { when: { answer: 'problem', is: ['cannotSend'] }, next: 'programs' },
      { next: 'receive-evidence' },
    ],
  },
  // The mail program's own settings, read with consent: a wrong field decides before any question.
  { kind: 'programs', id: 'programs', next: 'programs-route' },
  {
    kind: 'route',
    id: 'programs-route',
    routes: [
      {
        when: { finding: 'client.programs', status: ['fail'] },
        next: 'fix-program-field',
        because: 'programWrong',
      },
      { next: 'after-programs' },
    ],
  },
  {
    kind: 'remedy',
    id: 'fix-program-field',
    programFixes: true,
    showFindings: ['client.programs'],
    notSolved: 'after-programs',
  },
  {
    kind: 'route',
    id: 'after-programs',
    routes: [
      { when: { answer: 'problem', is: ['cannotSend'] }, next: 'send-symptom' },
      { next: 'webmail-works' },
    ],
  },
  // 6 before 4 for incoming mail: where the domain points decides before any question.
  {
    kind: 'route',
    id: 'receive-evidence',
    needs: {
      target: 'own',
      areas: ['dns'],
      waitFor: ['dns.mx', 'dns.mx.provider', 'dns.mx.hosts', 'dns.srv.autodiscover'],
    },
    routes: [
      { when: { fact: 'noMx' }, next: 'fix-mx', because: 'mxMissing' },
      { when: { finding: 'dns.mx.provider', status: ['fail'] }, next: 'fix-mx', because: 'mxWrong' },
      { when: { finding: 'dns.mx.hosts', status: ['fail'] }, next: 'fix-mx', because: 'mxHostsBroken' },
      {
        when: { all: [{ offer: ['ovh-exchange'] }, { finding: 'dns.srv.autodiscover', status: ['fail'] }] },
        next: 'fix-srv',
        because: 'srvWrong',
      },
      { next: 'mailbox-look' },
    ],
  },
  // Inside the mailbox, with consent: a full box, or the expected message in Spam or another folder, decides.
  { kind: 'login', id: 'mailbox-look', look: true, next: 'mailbox-route' },
  {
    kind: 'route',
    id: 'mailbox-route',
    routes: [
      { when: { fact: 'loginModernSignIn' }, next: 'use-modern-sign-in', because: 'loginModernSignIn' },
      { when: { fact: 'loginAppPassword' }, next: 'app-password', because: 'loginAppPassword' },
      { when: { fact: 'loginRefused' }, next: 'account-refused', because: 'mailboxLoginRefused' },
      { when: { finding: 'mailbox.quota', status: ['fail'] }, next: 'mailbox-full', because: 'mailboxFull' },
      {
        when: { finding: 'mailbox.find', status: ['fail'] },
        next: 'arrived-in-spam',
        because: 'foundInSpam',
      },
      {
        when: { finding: 'mailbox.find', status: ['warn'] },
        next: 'moved-by-rule',
        because: 'foundInFolder',
      },
      { when: { answer: 'problem', is: ['spam'] }, next: 'headers-input' },
      { next: 'programs' },
    ],
  },
  { kind: 'remedy', id: 'mailbox-full', showFindings: ['mailbox.quota'], notSolved: 'handoff' },
  { kind: 'remedy', id: 'arrived-in-spam', showFindings: ['mailbox.find'], notSolved: 'handoff' },
  { kind: 'remedy', id: 'moved-by-rule', showFindings: ['mailbox.find'], notSolved: 'handoff' },
  {
    kind: 'remedy',
    id: 'fix-mx',
    showFindings: ['dns.mx', 'dns.mx.provider', 'dns.mx.hosts'],
    mxValuesUnderStep: 2,
    recheck: 'beside',
    notSolved: 'handoff',
  },
  {
    kind: 'remedy',
    id: 'fix-srv',
    showFindings: ['dns.srv.autodiscover'],
    recheck: 'beside',
    notSolved: 'handoff',
  },
  // "I cannot send": what the program says, the sending servers, then the login as a step.
  {
    kind: 'question',
    id: 'send-symptom',
    answers: [
      { id: 'error', next: 'send-error-input' },
      { id: 'password', next: 'send-check' },
      { id: 'nothing', next: 'send-check' },
    ],
  },
  { kind: 'input', id: 'send-error-input', input: 'bounce', next: 'send-error-route' },
  {
    kind: 'route',
    id: 'send-error-route',
    routes: [
      // Sign-ins paused after too many: another login test now would only add one more.
      { when: { serverText: ['tooManyLogins'] }, next: 'bounce-explained', because: 'tooManyLogins' },
      // A sign-in the program never gave: the login test tells whether turning it on is all it takes.
      { when: { serverText: ['smtpAuthOff'] }, next: 'send-check', because: 'relayDenied' },
      // A login test that worked outweighs what the program said before: the login test decides again.
      {
        when: { all: [{ serverText: ['modernAuth', 'appPassword'] }, { not: { fact: 'loginWorks' } }] },
        next: 'use-modern-sign-in',
        because: 'modernSignIn',
      },
      {
        when: {
          any: [{ replyCode: [534, 535] }, { serverText: ['authentication', 'modernAuth', 'appPassword'] }],
        },
        next: 'send-check',
        because: 'authFailed',
      },
      { when: { serverText: ['norelaying'] }, next: 'send-check', because: 'relayDenied' },
      {
        when: { serverText: SENDING_SERVER_REFUSED },
        next: 'blocklist-check',
        because: 'maybeBlocklisted',
      },
      {
        when: { any: [{ replyCode: [555] }, { serverText: ['speeding', 'toomanyconn'] }] },
        next: 'sending-limits',
        because: 'limits',
      },
      {
        when: { serverText: ['userunknown'] },
        next: 'recipient-address',
        because: 'recipientRefusedNoCheck',
      },
      { next: 'send-check' },
    ],
  },
  {
    kind: 'route',
    id: 'send-check',
    needs: { target: 'own', areas: ['smtp'], waitFor: ['smtp.submission', 'smtp.submissions'] },
    routes: [
      { when: { fact: 'sendingUnreachable' }, next: 'offline', because: 'sendingTimedOut' },
      {
        when: { fact: 'sendingRefused' },
        next: 'sending-server-unreachable',
        because: 'submissionUnreachable',
      },
      { next: 'login-test' },
    ],
  },
  {
    kind: 'remedy',
    id: 'sending-server-unreachable',
    showFindings: ['smtp.submission', 'smtp.submissions'],
    notSolved: 'handoff',
  },
  { kind: 'login', id: 'login-test', next: 'login-route' },
  {
    kind: 'route',
    id: 'login-route',
    routes: [
      { when: { fact: 'loginModernSignIn' }, next: 'use-modern-sign-in', because: 'loginModernSignIn' },
      { when: { fact: 'loginAppPassword' }, next: 'app-password', because: 'loginAppPassword' },
      { when: { fact: 'loginRefused' }, next: 'account-refused', because: 'loginRefused' },
      // The round trip is the strongest test: both logins and the way between the servers.
      {
        when: { all: [{ fact: 'loginWorks' }, { finding: 'smtp.roundtrip', status: ['pass', 'warn'] }] },
        next: 'client-settings',
        because: 'roundTripArrived',
      },
      {
        when: { all: [{ fact: 'loginWorks' }, { finding: 'smtp.roundtrip', status: ['fail'] }] },
        next: 'receive-check',
        because: 'roundTripNotReceived',
      },
      { when: { finding: 'smtp.auth', status: ['pass'] }, next: 'client-settings', because: 'loginWorks' },
      {
        when: { finding: 'mailbox.auth', status: ['pass'] },
        next: 'client-settings',
        because: 'loginWorksIncoming',
      },
      {
        when: { any: [{ replyCode: [534, 535] }, { serverText: ['authentication'] }] },
        next: 'account-refused',
        because: 'authFailed',
      },
      { next: 'webmail-works' },
    ],
  },
  {
    kind: 'remedy',
    id: 'account-refused',
    showFindings: ['smtp.auth', 'mailbox.auth'],
    notSolved: 'handoff',
  },
  // 4. Client or webmail.
  {
    kind: 'question',
    id: 'webmail-works',
    link: 'providerWebmail',
    answers: [
      { id: 'yes', next: 'client-settings' },
      { id: 'no', next: 'incident' },
      { id: 'unsure', next: 'try-webmail' },
    ],
  },
  {
    kind: 'remedy',
    id: 'client-settings',
    settingsCard: true,
    loginTest: true,
    showFindings: ['smtp.submission', 'smtp.submissions', 'imaps', 'imap', 'pop3s', 'pop3'],
    notSolved: 'handoff',
  },
  { kind: 'remedy', id: 'try-webmail', notSolved: 'incident' },
  {
    kind: 'question',
    id: 'webmail-problem',
    answers: [
      { id: 'password', next: 'reset-password' },
      { id: 'locked', next: 'security-policy' },
      { id: 'twoFactor', next: 'two-factor' },
      { id: 'noPage', next: 'incident' },
    ],
  },
  {
    kind: 'remedy',
    id: 'reset-password',
    notSolved: 'security-policy',
  },
  { kind: 'remedy', id: 'security-policy', notSolved: 'handoff' },
  { kind: 'remedy', id: 'two-factor', notSolved: 'handoff' },
  // 5. An incident or maintenance at the provider.
  {
    kind: 'question',
    id: 'incident',
    link: 'providerStatus',
    helpByOffer: true,
    answers: [
      { id: 'yes', next: 'wait-incident' },
      { id: 'no', next: 'after-incident' },
    ],
  },
  {
    kind: 'remedy',
    id: 'wait-incident',
    notSolved: 'after-incident',
  },
  {
    kind: 'route',
    id: 'after-incident',
    routes: [
      { when: { answer: 'problem', is: ['cannotSend'] }, next: 'account-state' },
      { when: { answer: 'problem', is: ['webmail'] }, next: 'webmail-check' },
      { next: 'receive-check' },
    ],
  },
  {
    kind: 'remedy',
    id: 'account-state',
    settingsCard: true,
    notSolved: 'handoff',
  },
  {
    kind: 'route',
    id: 'webmail-check',
    needs: { target: 'own', areas: ['dns', 'smtp'], waitFor: ['dns.mx', 'smtp.mx'] },
    routes: [
      {
        when: {
          all: [
            { finding: 'dns.mx', status: ['pass'] },
            { finding: 'smtp.mx', status: ['pass', 'warn'] },
          ],
        },
        next: 'webmail-page',
        because: 'serviceUp',
      },
      { next: 'webmail-page' },
    ],
  },
  { kind: 'remedy', id: 'webmail-page', notSolved: 'handoff' },
  {
    kind: 'route',
    id: 'receive-check',
    needs: { target: 'own', areas: ['dns', 'smtp'], waitFor: ['dns.mx.hosts', 'smtp.mx'] },
    routes: [
      { when: { finding: 'dns.mx.hosts', status: ['fail'] }, next: 'fix-mx', because: 'mxHostsBroken' },
      { when: { fact: 'mxUnreachable' }, next: 'mail-server-unreachable', because: 'mxNotAnswering' },
      {
        when: {
          all: [
            { finding: 'dns.mx', status: ['pass'] },
            { finding: 'smtp.mx', status: ['pass', 'warn'] },
          ],
        },
        next: 'receive-elsewhere',
        because: 'mxAnswering',
      },
      { next: 'receive-elsewhere' },
    ],
  },
  {
    kind: 'remedy',
    id: 'mail-server-unreachable',
    showFindings: ['smtp.mx'],
    notSolved: 'handoff',
  },
  { kind: 'remedy', id: 'receive-elsewhere', notSolved: 'handoff' },
  // 7. A bounce: its code decides, some codes call for more checks.
  { kind: 'input', id: 'bounce-input', input: 'bounce', next: 'bounce-route' },
  {
    kind: 'route',
    id: 'bounce-route',
    routes: [
      // A positive code is no error, unless the reader found a failure around it ("can't STARTTLS: 2.0.0 Ready").
      {
        when: { all: [{ replyClass: [2, 3] }, { not: { reason: A_FAILURE } }] },
        next: 'bounce-not-error',
        because: 'notAnError',
      },
      {
        when: { reason: ['delivered', 'vacation', 'feedback'] },
        next: 'bounce-not-error',
        because: 'notABounce',
      },
      { when: { reason: ['virusnotice'] }, next: 'virus-notice', because: 'virusNotice' },
      {
        when: { serverText: ['modernAuth', 'appPassword'] },
        next: 'use-modern-sign-in',
        because: 'modernSignIn',
      },
      { when: { serverText: ['ordinaryToPec'] }, next: 'bounce-explained', because: 'ordinaryToPec' },
      { when: { serverText: ['tooManyLogins'] }, next: 'bounce-explained', because: 'tooManyLogins' },
      // The receiving server's own blocklist check failed (Spamhaus's "open resolver"): nobody is listed.
      { when: { serverText: ['openResolver'] }, next: 'bounce-explained', because: 'openResolver' },
      // The address exists and takes mail only from allowed senders: checking it would not help.
      {
        when: { serverText: ['onlyAllowedSenders', 'insideSendersOnly'] },
        next: 'bounce-explained',
        because: 'onlyAllowedSenders',
      },
      { when: { serverText: ['smtpAuthOff'] }, next: 'send-check', because: 'relayDenied' },
      // A mail program's own window about its own server: nothing left the computer, so its server is tested.
      {
        when: { serverText: [...OWN_PROGRAM_DETAILS] },
        next: 'send-check',
        because: 'ownProgramWindow',
      },
      // The sending server refused, in words or by the reader's reason (a reverse name missing is not a list).
      {
        when: {
          any: [
            { serverText: SENDING_SERVER_REFUSED },
            { reason: ['badreputation'] },
            { all: [{ reason: ['blocked'] }, { not: { serverText: ['noReverseName', 'greylisting'] } }] },
          ],
        },
        next: 'blocklist-check',
        because: 'maybeBlocklisted',
      },
      // A login refused, unless the reader found another cause around the word (.NET's TLS "AuthenticationException").
      {
        when: {
          any: [
            { replyCode: [535] },
            { all: [{ serverText: ['authentication'] }, { not: { reason: NOT_A_LOGIN } }] },
          ],
        },
        next: 'account-blocked',
        because: 'authFailed',
      },
      {
        when: {
          any: [
            { all: [{ replyCode: [555] }, { not: { reason: NOT_A_SENDING_LIMIT } }] },
            { serverText: ['speeding', 'toomanyconn'] },
            { reason: ['speeding'] },
          ],
        },
        next: 'sending-limits',
        because: 'limits',
      },
      { when: { reason: ['mesgtoobig', 'exceedlimit'] }, next: 'reduce-size', because: 'tooBig' },
      // The person's own mailbox is full (a copy saved to Sent refused): their remedy, not the recipient's.
      { when: { serverText: ['ownMailboxFull'] }, next: 'mailbox-full', because: 'ownMailboxFull' },
      // A loop never ends by waiting: a forwarding rule must change (its card says whose).
      { when: { serverText: ['mailLoop'] }, next: 'bounce-explained', because: 'mailLoop' },
      // A full mailbox nobody uses any more: waiting for room is pointless, another address is the cure.
      { when: { serverText: ['abandonedMailbox'] }, next: 'bounce-explained', because: 'abandonedMailbox' },
      {
        when: {
          any: [
            { reason: ['mailboxfull'] },
            { all: [{ replyCode: [552] }, { not: { reason: NOT_A_FULL_MAILBOX } }] },
            { serverText: ['mailboxfull'] },
          ],
        },
        next: 'recipient-full',
        because: 'recipientFull',
      },
      { when: { reason: ['spamdetected'] }, next: 'spam-refused', because: 'spamContent' },
      // Greylisting asks for a second attempt on purpose: no blocklist is involved.
      { when: { serverText: ['greylisting'] }, next: 'retry-later', because: 'greylisted' },
      // 450 and 554 often mean a blocklist of servers, unless the words name another cause (an
      // attachment, an address, a sender other than the mailbox signed in with, the sender's domain
      // on a list of domains, which no check of the server's address would find).
      {
        when: {
          all: [
            { replyCode: [450, 554] },
            { not: { reason: NOT_A_BLOCKLIST } },
            { not: { serverText: ['fromNotYourMailbox', 'senderDomainListed'] } },
          ],
        },
        next: 'blocklist-check',
        because: 'maybeBlocklisted',
      },
      // Sender checks that failed (Gmail's "421 4.7.26 … unauthenticated") do not pass by waiting.
      { when: { reason: ['authfailure'] }, next: 'bounce-explained', because: 'senderChecks' },
      // The reader's one answer: a full system or an expired delivery may pass whatever the code's class.
      // A failed look-up is left to the recipient's check below: the DNS answers it.
      {
        when: { all: [{ retry: ['temporary'] }, { not: { reason: ['networkerror'] } }] },
        next: 'retry-later',
        because: 'causePasses',
      },
      {
        // What the words say of a refusal that is not about the address (policy, security, content):
        // a bare 550 5.7.1 must not end on "check the address".
        when: { all: [{ replyClass: [5] }, { reason: NOT_ABOUT_THE_ADDRESS }] },
        next: 'bounce-explained',
        because: 'permanent',
      },
      {
        when: {
          all: [
            { fact: 'bounceRecipientKnown' },
            {
              any: [
                { reason: ['hostunknown', 'userunknown', 'networkerror'] },
                { serverText: ['userunknown'] },
                { replyCode: [550, 551, 553, 556] },
              ],
            },
          ],
        },
        next: 'recipient-check',
        because: 'recipientRefused',
      },
      {
        when: {
          any: [
            { reason: ['hostunknown', 'userunknown'] },
            { serverText: ['userunknown'] },
            { replyCode: [550, 551, 553, 556] },
          ],
        },
        next: 'recipient-address',
        because: 'recipientRefusedNoCheck',
      },
      { when: { replyClass: [4] }, next: 'retry-later', because: 'temporary' },
      { when: { replyClass: [5] }, next: 'bounce-explained', because: 'permanent' },
      // No code at all (a PEC receipt, a notice pasted without its report): the words decide.
      { when: { reason: ['expired'] }, next: 'retry-later', because: 'stillTrying' },
      {
        when: { reason: [...NOT_ABOUT_THE_ADDRESS, 'notaccept'] },
        next: 'bounce-explained',
        because: 'refusedInWords',
      },
      { next: 'bounce-unreadable' },
    ],
  },
  { kind: 'remedy', id: 'bounce-not-error', bounceExplanation: true, notSolved: 'handoff' },
  { kind: 'remedy', id: 'virus-notice', notSolved: 'handoff' },
  {
    kind: 'remedy',
    id: 'use-modern-sign-in',
    bounceExplanation: true,
    showFindings: ['smtp.auth', 'mailbox.auth'],
    notSolved: 'handoff',
  },
  { kind: 'remedy', id: 'app-password', showFindings: ['smtp.auth', 'mailbox.auth'], notSolved: 'handoff' },
  {
    kind: 'remedy',
    id: 'account-blocked',
    settingsCard: true,
    bounceExplanation: true,
    notSolved: 'handoff',
  },
  { kind: 'remedy', id: 'sending-limits', bounceExplanation: true, notSolved: 'handoff' },
  { kind: 'remedy', id: 'reduce-size', bounceExplanation: true, notSolved: 'handoff' },
  { kind: 'remedy', id: 'spam-refused', bounceExplanation: true, notSolved: 'handoff' },
  {
    kind: 'route',
    id: 'blocklist-check',
    needs: { target: 'own', areas: ['dns'], waitFor: ['dns.dnsbl'] },
    routes: [
      { when: { finding: 'dns.dnsbl', status: ['fail'] }, next: 'delist', because: 'listed' },
      // Not on the lists we check: a temporary refusal (450) is waited out, not explained as final.
      { when: { retry: ['temporary'] }, next: 'retry-later', because: 'temporary' },
      // The screen says what the check found, or that it found nothing: "we checked" only when lists answered.
      {
        when: { finding: 'dns.dnsbl', status: ['pass'] },
        next: 'bounce-explained',
        because: 'blocklistsClean',
      },
      { next: 'bounce-explained', because: 'blocklistsUnchecked' },
    ],
  },
  {
    kind: 'remedy',
    id: 'delist',
    showFindings: ['dns.dnsbl'],
    bounceExplanation: true,
    notSolved: 'handoff',
  },
  {
    kind: 'route',
    id: 'recipient-check',
    needs: { target: 'recipient', areas: ['dns'], waitFor: ['dns.mx'] },
    routes: [
      {
        when: { finding: 'dns.mx', status: ['fail'] },
        next: 'recipient-domain-broken',
        because: 'recipientDomain',
      },
      // The recipient's domain resolves: a failed look-up in the bounce was passing.
      { when: { reason: ['networkerror'] }, next: 'retry-later', because: 'temporary' },
      { when: { retry: ['temporary'] }, next: 'retry-later', because: 'causePasses' },
      { next: 'recipient-address' },
    ],
  },
  {
    kind: 'remedy',
    id: 'recipient-domain-broken',
    showFindings: ['dns.mx'],
    findingsOf: 'recipient',
    correctTarget: 'recipient',
    bounceExplanation: true,
    notSolved: 'handoff',
  },
  {
    kind: 'remedy',
    id: 'recipient-address',
    bounceExplanation: true,
    envelopeTest: true,
    notSolved: 'handoff',
  },
  {
    kind: 'remedy',
    id: 'recipient-full',
    bounceExplanation: true,
    notSolved: 'handoff',
  },
  { kind: 'remedy', id: 'retry-later', bounceExplanation: true, notSolved: 'handoff' },
  { kind: 'remedy', id: 'bounce-explained', explanationCard: true, notSolved: 'handoff' },
  { kind: 'remedy', id: 'bounce-unreadable', notSolved: 'handoff' },
  // 9. "It arrives late" and "it goes to spam": the headers of one such message decide.
  {
    kind: 'question',
    id: 'headers-role',
    answers: [
      { id: 'sender', next: 'headers-input' },
      { id: 'recipient', next: 'headers-by-role' },
    ],
  },
  // Spam in the person's own mailbox: first look where the message they expect went.
  {
    kind: 'route',
    id: 'headers-by-role',
    routes: [{ when: { answer: 'problem', is: ['spam'] }, next: 'mailbox-look' }, { next: 'headers-input' }],
  },
  { kind: 'input', id: 'headers-input', input: 'headers', next: 'headers-topic' },
  {
    kind: 'route',
    id: 'headers-topic',
    // The headers decide like findings: what they say is the reason, and it outweighs the answer.
    routes: [
      {
        when: { all: [LATE, { headers: ['noDelay'] }, { headers: ['judgedSpam'] }] },
        next: 'spam-diagnosis',
        because: 'headersSpamNotLate',
      },
      {
        when: { all: [LATE, { headers: ['outboxDelay'] }] },
        next: 'late-diagnosis',
        because: 'headersOutbox',
      },
      { when: { all: [LATE, { headers: ['delayed'] }] }, next: 'late-diagnosis', because: 'headersDelayed' },
      { when: { all: [LATE, { headers: ['noDelay'] }] }, next: 'late-diagnosis', because: 'headersNoDelay' },
      { when: LATE, next: 'late-diagnosis' },
      { when: { headers: ['authFailed'] }, next: 'spam-diagnosis', because: 'headersAuthFailed' },
      { when: { headers: ['judgedSpam'] }, next: 'spam-diagnosis', because: 'headersJudgedSpam' },
      { when: { headers: ['nothingWrong'] }, next: 'spam-diagnosis', because: 'headersNothingWrong' },
      { next: 'spam-diagnosis' },
    ],
  },
  { kind: 'remedy', id: 'late-diagnosis', headersReport: 'delay', notSolved: 'handoff' },
  { kind: 'remedy', id: 'spam-diagnosis', headersReport: 'spam', notSolved: 'handoff' },
  // The ends.
  { kind: 'handoff', id: 'handoff' },
  { kind: 'solved', id: 'solved' },
]

/** The guide's decision tree, as data: walked by shared/tree/walker.ts, shown by the wizard. */
export const DECISION_TREE: DecisionTree = {
  start: 'problem',
  nodes: Object.fromEntries(nodes.map((node) => [node.id, node])),
}

/** True when the node asks for the address or domain that the checks are about. */
export function asksForTarget(nodeId: string): boolean {
  const node = DECISION_TREE.nodes[nodeId]
  return node?.kind === 'input' && node.input === 'target'
}

/** True when the node's question is who runs the mail, so the checks' notes on it are not shown. */
export function asksWhoRuns(nodeId: string): boolean {
  const node = DECISION_TREE.nodes[nodeId]
  return node?.kind === 'question' && node.asksWhoRuns === true
}
