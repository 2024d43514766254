import type { CheckId } from '../protocol'
import type { CodeClass, EntryTexts } from './code-texts'
import type { RemedyId } from './remedies'
import type { WhoActs } from './remedies'

/** Where a reply code is defined: an RFC, or only vendors and help pages ('none'). */
export type CodeSource = 'RFC 5321' | 'RFC 4954' | 'RFC 7504' | 'none'

/** Notes shown with a code: provider facts and places where guides and RFCs disagree. */
export type CodeNote =
  | 'notSmtp'
  | 'groupwiseOnly'
  | 'exchangeOnly'
  | 'undotted'
  | 'ovhLimits'
  | 'rfc252'
  | 'rfc432'
  | 'rfc551'
  | 'rfc555'
  | 'rfc530'

/**
 * One SMTP reply code the guides list, as one record: its source, who acts, checks, remedies and
 * texts. Its words live at `knowledge:codes.c<code>` (`title`, `meaning`, `causes` with as many
 * entries as `causes` says, `retry`); its steps are ids of the step pool `knowledge:steps`.
 */
export interface ReplyCodeDef extends EntryTexts {
  code: number
  source: CodeSource
  whoActs: WhoActs[]
  /** Checks of shared/report.ts that this code calls for. */
  relatedChecks: CheckId[]
  /** Remedy ids of the catalogue (shared/knowledge/remedies.ts). */
  remedies: RemedyId[]
  /** For codes no RFC defines that read like an enhanced code without its dots (511 → 5.1.1). */
  impliedEnhanced?: string
  notes: CodeNote[]
  /**
   * The enhanced-code subjects this code's own texts are written for (all when absent). With an
   * enhanced code of another subject (550 with 5.7.1), the enhanced code's texts lead.
   */
  subjects?: number[]
  /**
   * Enhanced details naming a cause of their own that this code's texts also cover (552: 2.2 and
   * 2.3). Under another reply, such a detail's own advice leads (shared/bounce/explain.ts).
   */
  details?: string[]
}

function def(
  code: number,
  texts: EntryTexts,
  source: CodeSource,
  whoActs: WhoActs[],
  relatedChecks: CheckId[],
  remedies: RemedyId[],
  notes: CodeNote[] = [],
  impliedEnhanced?: string,
): ReplyCodeDef {
  return {
    code,
    ...texts,
    source,
    whoActs,
    relatedChecks,
    remedies,
    notes,
    ...(impliedEnhanced ? { impliedEnhanced } : {}),
  }
}

const LISTED_CODES: readonly ReplyCodeDef[] = [
  def(
    101,
    {
      causes: 2,
      steps: ['checkOutgoingServerAgainstProvider', 'pauseAntivirusFirewallMoment', 'tryNetworkPhoneHotspot'],
    },
    'none',
    ['you'],
    ['smtp.submission', 'client.settings'],
    ['check-client-settings'],
    ['notSmtp'],
  ),
  def(
    111,
    {
      causes: 3,
      steps: ['checkServerNamePort', 'checkFirewallAntivirusSettings', 'everythingLooksRightContact'],
    },
    'none',
    ['you'],
    ['smtp.submission', 'client.settings'],
    ['check-client-settings'],
    ['notSmtp'],
  ),
  def(211, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(214, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(220, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(221, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(250, { causes: 1, steps: ['nothingRecipientDoesSee'] }, 'RFC 5321', [], [], []),
  def(251, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(252, { causes: 1, steps: ['nothingMessageComesBack'] }, 'RFC 5321', [], [], [], ['rfc252']),
  def(354, { causes: 1, steps: ['nothingToDo'] }, 'RFC 5321', [], [], []),
  def(
    420,
    { causes: 1, steps: ['waitLetSendingServer', 'persistsAskRecipientTell'] },
    'none',
    ['recipientAdmin'],
    [],
    ['retry-later', 'contact-recipient-admin'],
    ['groupwiseOnly'],
  ),
  def(
    421,
    { causes: 2, steps: ['sendTestMessageDifferent', 'waitSendMessageLater'] },
    'RFC 5321',
    ['you'],
    [],
    ['retry-later'],
  ),
  def(
    422,
    { causes: 1, steps: ['tellRecipientPhoneChat'] },
    'none',
    ['recipient'],
    [],
    ['contact-recipient'],
    ['undotted'],
    '4.2.2',
  ),
  def(
    431,
    { causes: 2, steps: ['sendFewerMessagesTime', 'waitRetry'] },
    'none',
    ['recipientAdmin'],
    [],
    ['retry-later'],
    ['undotted'],
    '4.3.1',
  ),
  def(
    432,
    { causes: 2, steps: ['appearsLogChangePassword', 'appearsBounceAskRecipient'] },
    'RFC 4954',
    ['recipientAdmin'],
    [],
    ['contact-recipient-admin'],
    ['rfc432', 'exchangeOnly'],
  ),
  def(
    441,
    { causes: 1, steps: ['waitSendingServerRetriesSeveral'] },
    'none',
    ['recipientAdmin'],
    ['dns.mx'],
    ['retry-later'],
    ['undotted'],
    '4.4.1',
  ),
  def(
    442,
    { causes: 1, steps: ['checkInternetConnectionRouter', 'sendMessage'] },
    'none',
    ['you'],
    [],
    ['retry-later'],
    ['undotted'],
    '4.4.2',
  ),
  def(
    446,
    { causes: 1, steps: ['checkForwardingRules', 'contactProviderBounce'] },
    'none',
    ['provider'],
    ['dns.mx'],
    ['contact-provider'],
    ['undotted'],
    '4.4.6',
  ),
  def(
    447,
    { causes: 1, steps: ['checkRecipientsAddressDomain', 'sendMessageLater'] },
    'none',
    ['recipientAdmin'],
    [],
    ['retry-later'],
    ['undotted'],
    '4.4.7',
  ),
  def(
    449,
    { causes: 1, steps: ['askRecipientPassBounce'] },
    'none',
    ['recipientAdmin'],
    ['dns.mx'],
    ['contact-recipient-admin'],
    ['exchangeOnly'],
  ),
  def(
    450,
    { causes: 3, steps: ['waitSendingServerTries', 'persistsReadTextError', 'avoidSpamLikeWording'] },
    'RFC 5321',
    ['you', 'provider'],
    ['dns.dnsbl'],
    ['retry-later'],
  ),
  def(
    451,
    { causes: 3, steps: ['waitSend', 'checkSpfListsServers', 'persistsReadTextError'] },
    'RFC 5321',
    ['you', 'recipientAdmin'],
    ['dns.spf'],
    ['retry-later', 'fix-auth-records'],
  ),
  def(
    452,
    { causes: 2, steps: ['checkOutboxMessagesStuck', 'sendFewerRecipientsTime'] },
    'RFC 5321',
    ['you'],
    [],
    ['retry-later', 'sending-limits'],
  ),
  def(
    455,
    { causes: 1, steps: ['waitTry', 'persistsAskRecipientTell'] },
    'RFC 5321',
    ['recipientAdmin'],
    [],
    ['retry-later'],
  ),
  def(
    471,
    { causes: 1, steps: ['contactMailProviderBounce', 'checkWhetherSendingIp'] },
    'none',
    ['provider'],
    ['dns.dnsbl'],
    ['contact-provider'],
    ['undotted'],
    '4.7.1',
  ),
  def(
    500,
    { causes: 2, steps: ['pauseMailScanningAntivirus', 'updateMailProgram'] },
    'RFC 5321',
    ['you'],
    ['client.settings'],
    ['check-client-settings'],
  ),
  def(
    501,
    {
      causes: 2,
      steps: ['checkEveryAddressCc', 'checkAddressAccountSettings', 'pauseAntivirusMailScanning'],
    },
    'RFC 5321',
    ['you'],
    ['client.settings'],
    ['recipient-address', 'check-client-settings'],
  ),
  def(
    502,
    { causes: 1, steps: ['checkServerSettingsMail', 'askProviderOptionsSupports'] },
    'RFC 5321',
    ['provider'],
    ['client.settings'],
    ['contact-provider'],
  ),
  def(
    503,
    { causes: 2, steps: ['mailProgramTurnOutgoing', 'useSameAddressPassword', 'checkServerNamePortRetry'] },
    'RFC 5321',
    ['you'],
    ['smtp.auth', 'client.settings'],
    ['enable-smtp-auth'],
  ),
  def(
    504,
    { causes: 1, steps: ['checkLoginMethodMail', 'askProviderOptionsSupports'] },
    'RFC 5321',
    ['provider'],
    ['client.settings'],
    ['contact-provider'],
  ),
  def(
    510,
    { causes: 1, steps: ['checkEveryAddressFixTypos'] },
    'none',
    ['you'],
    ['dns.mx'],
    ['recipient-address'],
    ['undotted'],
    '5.1.0',
  ),
  def(
    511,
    { causes: 2, steps: ['checkAddressTypos', 'askRecipientCurrentAddress'] },
    'none',
    ['you'],
    ['dns.mx'],
    ['recipient-address'],
    ['undotted'],
    '5.1.1',
  ),
  def(
    512,
    { causes: 2, steps: ['checkPartAfter', 'askRecipientWhetherDomain'] },
    'none',
    ['you'],
    ['dns.mx'],
    ['recipient-address'],
    ['undotted'],
    '5.1.2',
  ),
  def(
    513,
    { causes: 2, steps: ['checkRecipientsAddresses', 'turnOnSmtpAuth'] },
    'none',
    ['you'],
    ['smtp.auth'],
    ['recipient-address', 'enable-smtp-auth'],
    ['undotted'],
    '5.1.3',
  ),
  def(
    523,
    { causes: 1, steps: ['makeAttachmentsSmallerShare', 'splitLongListRecipients'] },
    'none',
    ['you'],
    [],
    ['reduce-size'],
    ['undotted'],
    '5.2.3',
  ),
  def(
    530,
    {
      causes: 2,
      steps: ['turnOnSmtpAuthFullAddress', 'checkRecipientsAddresses', 'persistsCheckWhetherSending'],
    },
    'RFC 4954',
    ['you'],
    ['smtp.auth', 'dns.dnsbl'],
    ['enable-smtp-auth'],
    ['rfc530'],
  ),
  def(
    534,
    { causes: 2, steps: ['checkLoginMethodMail', 'turnOnTlsInProgram'] },
    'RFC 4954',
    ['you'],
    ['smtp.auth'],
    ['check-client-settings', 'use-ssl-port'],
  ),
  def(
    535,
    {
      causes: 3,
      steps: [
        'checkUsernameFullEmail',
        'logWebmailCheckPassword',
        'checkAccountStateInPanel',
        'blockedSpamFollowUnblock',
      ],
    },
    'RFC 4954',
    ['you', 'provider'],
    ['smtp.auth', 'mailbox.auth'],
    ['reset-password', 'unblock-account'],
  ),
  def(
    538,
    { causes: 1, steps: ['turnOnTlsInProgram', 'checkServerNamePort'] },
    'RFC 4954',
    ['you'],
    ['smtp.auth'],
    ['use-ssl-port', 'check-client-settings'],
  ),
  def(
    541,
    { causes: 1, steps: ['askRecipientAllowAddress', 'avoidSpamWordingLinks'] },
    'none',
    ['recipient', 'recipientAdmin'],
    ['dns.dnsbl'],
    ['contact-recipient'],
    ['undotted'],
    '5.4.1',
  ),
  def(
    550,
    {
      causes: 3,
      steps: [
        'checkAddressTypos',
        'checkRecipientsDomainWorking',
        'askRecipientWhetherAddress',
        'textMentionsSpamBlocklist',
      ],
    },
    'RFC 5321',
    ['you', 'recipientAdmin'],
    ['dns.mx'],
    ['recipient-address'],
  ),
  def(
    551,
    { causes: 2, steps: ['checkRecipientsAddressUse', 'makeSureMailProgram'] },
    'RFC 5321',
    ['you', 'provider'],
    ['dns.mx', 'smtp.auth'],
    ['recipient-address', 'enable-smtp-auth'],
    ['rfc551'],
  ),
  def(
    552,
    { causes: 2, steps: ['messageLargeSendSmaller', 'otherwiseTellRecipientMailbox'] },
    'RFC 5321',
    ['recipient', 'you'],
    [],
    ['contact-recipient', 'reduce-size'],
  ),
  def(
    553,
    { causes: 3, steps: ['checkRecipientsAddresses', 'checkSendAddressLogged', 'checkRecipientDomainsMx'] },
    'RFC 5321',
    ['you'],
    ['dns.mx', 'dns.ptr'],
    ['recipient-address'],
  ),
  def(
    554,
    { causes: 3, steps: ['checkSendingIpAddress', 'checkDomainsSpfDkim', 'ipListedAskProvider'] },
    'RFC 5321',
    ['provider', 'you'],
    ['dns.dnsbl', 'dns.spf', 'dns.dmarc'],
    ['delist', 'fix-auth-records'],
  ),
  def(
    555,
    { causes: 2, steps: ['checkAddresses', 'sendManyMessagesSpread'] },
    'RFC 5321',
    ['you'],
    ['client.settings'],
    ['recipient-address', 'sending-limits'],
    ['rfc555', 'ovhLimits'],
  ),
  def(
    556,
    { causes: 2, steps: ['checkAddress', 'askRecipientAddressReceives'] },
    'RFC 7504',
    ['recipientAdmin'],
    ['dns.mx'],
    ['recipient-domain-broken'],
  ),
]

/** The subjects each broad reply code's texts assume; see ReplyCodeDef.subjects. */
const WRITTEN_FOR: Record<number, number[]> = {
  450: [0, 2, 3, 7],
  451: [0, 3, 4, 7],
  452: [0, 2, 3, 5],
  501: [0, 1, 5],
  503: [0, 5, 7],
  530: [0, 7],
  534: [0, 7],
  535: [0, 7],
  538: [0, 7],
  550: [0, 1, 2],
  551: [0, 1],
  552: [0, 2],
  553: [0, 1],
  554: [0, 6, 7],
}
/** The sign-in details (RFC 4954) a sign-in reply's texts are written for. */
const SIGN_IN_DETAILS = ['7.8', '7.9']

/** The details with a cause of their own each reply code's texts cover; see ReplyCodeDef.details. */
const WRITTEN_FOR_DETAILS: Record<number, string[]> = {
  501: ['1.7'],
  530: SIGN_IN_DETAILS,
  534: SIGN_IN_DETAILS,
  535: SIGN_IN_DETAILS,
  538: SIGN_IN_DETAILS,
  550: ['1.2'],
  551: ['1.2', '1.6'],
  552: ['2.2', '2.3'],
  553: ['1.2', '1.7'],
  556: ['1.2', '1.10'],
}

/** Every reply code the guides list, plus 556 (RFC 7504, null MX) and 534 and 538 (RFC 4954, sign-in). */
export const REPLY_CODES: readonly ReplyCodeDef[] = LISTED_CODES.map((entry) => {
  const subjects = WRITTEN_FOR[entry.code]
  const details = WRITTEN_FOR_DETAILS[entry.code]
  return { ...entry, ...(subjects ? { subjects } : {}), ...(details ? { details } : {}) }
})

const BY_CODE = new Map(REPLY_CODES.map((entry) => [entry.code, entry]))

/** The entry for a reply code, or undefined when the guides do not list it. */
export function replyCodeDef(code: number): ReplyCodeDef | undefined {
  return BY_CODE.get(code)
}

export type { CodeClass }

/** The kind of a reply code, from its first digit (1 is used by mail programs for connection errors). */
export function codeClassOf(code: number): CodeClass | null {
  const digit = Math.floor(code / 100)
  const classes: Record<number, CodeClass> = {
    1: 'connection',
    2: 'success',
    3: 'intermediate',
    4: 'transient',
    5: 'permanent',
  }
  return classes[digit] ?? null
}

/** True for a temporary failure (4xx), false for a permanent one (5xx), null otherwise. */
export function isTransient(code: number): boolean | null {
  const digit = Math.floor(code / 100)
  return digit === 4 ? true : digit === 5 ? false : null
}
