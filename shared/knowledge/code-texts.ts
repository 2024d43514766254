/**
 * The shape of the explanations' texts, as data: how many likely causes each reply code and class
 * has (`knowledge:<stem>.causes.0` ...), and its steps as ids of the step pool `knowledge:steps`.
 * A step written once has one id wherever it is used, so an explanation that gathers steps from the
 * code and from the server's text lists each step once (explain.ts compares ids, never sentences).
 *
 * Adding a reply code: its line in reply-codes.ts, its line in REPLY_CODE_TEXTS, its texts under
 * `knowledge:codes.c<code>` (title, meaning, causes, retry) and any new step in `knowledge:steps`.
 * Adding a server-text recogniser: its rule in server-text.ts, its line in SERVER_TEXT_STEPS, its
 * texts under `knowledge:recognisers.<id>` (title, meaning). shared/i18n/i18n.test.ts checks that
 * every language has the same steps and as many causes as said here.
 */
import type enKnowledge from '../i18n/en/knowledge'
import type { ENHANCED_SUBJECTS } from './enhanced-codes'
import type { CodeClass } from './reply-codes'
import type { ServerTextId } from './server-text'

/** The id of a step of the pool `knowledge:steps` (the key set is typed from the English texts). */
export type StepId = keyof (typeof enKnowledge)['steps']

/** What an entry's texts hold besides title and meaning: its number of causes and its steps. */
export interface EntryTexts {
  causes: number
  steps: readonly StepId[]
}

/** The i18n key of a step of the pool. */
export function stepKey(id: StepId): string {
  return `knowledge:steps.${id}`
}

/** Steps written for OVHcloud's control panel, and their words for any other provider or an unknown one. */
export const OVH_STEPS: Partial<Record<StepId, StepId>> = {
  checkAccountStateInPanel: 'checkAccountStateAtProvider',
}

/** The causes and steps of each class of reply code (`knowledge:classes.<class>`). */
export const CLASS_TEXTS: Record<CodeClass, EntryTexts> = {
  connection: { causes: 2, steps: ['checkOutgoingServerName', 'tryNetworkAntivirusBriefly'] },
  success: { causes: 1, steps: ['nothingMailDoesArrive'] },
  intermediate: { causes: 1, steps: ['nothingToDo'] },
  transient: { causes: 1, steps: ['waitSendingServerRetries', 'messageComesBackAfter'] },
  permanent: { causes: 1, steps: ['readTextErrorUsually', 'fixSendMessage'] },
}

/** The causes and steps of each listed reply code (`knowledge:codes.c<code>`). */
export const REPLY_CODE_TEXTS: Readonly<Record<number, EntryTexts>> = {
  101: {
    causes: 2,
    steps: ['checkOutgoingServerAgainstProvider', 'pauseAntivirusFirewallMoment', 'tryNetworkPhoneHotspot'],
  },
  111: {
    causes: 3,
    steps: ['checkServerNamePort', 'checkFirewallAntivirusSettings', 'everythingLooksRightContact'],
  },
  211: { causes: 1, steps: ['nothingToDo'] },
  214: { causes: 1, steps: ['nothingToDo'] },
  220: { causes: 1, steps: ['nothingToDo'] },
  221: { causes: 1, steps: ['nothingToDo'] },
  250: { causes: 1, steps: ['nothingRecipientDoesSee'] },
  251: { causes: 1, steps: ['nothingToDo'] },
  252: { causes: 1, steps: ['nothingMessageComesBack'] },
  354: { causes: 1, steps: ['nothingToDo'] },
  420: { causes: 1, steps: ['waitLetSendingServer', 'persistsAskRecipientTell'] },
  421: { causes: 2, steps: ['sendTestMessageDifferent', 'waitSendMessageLater'] },
  422: { causes: 1, steps: ['tellRecipientPhoneChat'] },
  431: { causes: 2, steps: ['sendFewerMessagesTime', 'waitRetry'] },
  432: { causes: 2, steps: ['appearsLogChangePassword', 'appearsBounceAskRecipient'] },
  441: { causes: 1, steps: ['waitSendingServerRetriesSeveral'] },
  442: { causes: 1, steps: ['checkInternetConnectionRouter', 'sendMessage'] },
  446: { causes: 1, steps: ['checkForwardingRules', 'contactProviderBounce'] },
  447: { causes: 1, steps: ['checkRecipientsAddressDomain', 'sendMessageLater'] },
  449: { causes: 1, steps: ['askRecipientPassBounce'] },
  450: { causes: 3, steps: ['waitSendingServerTries', 'checkWhetherSendingServers', 'avoidSpamLikeWording'] },
  451: { causes: 3, steps: ['waitSend', 'checkSpfListsServers', 'persistsReadTextError'] },
  452: { causes: 2, steps: ['checkOutboxMessagesStuck', 'sendFewerRecipientsTime'] },
  455: { causes: 1, steps: ['waitTry', 'persistsAskRecipientTell'] },
  471: { causes: 1, steps: ['contactMailProviderBounce', 'checkWhetherSendingIp'] },
  500: { causes: 2, steps: ['pauseMailScanningAntivirus', 'updateMailProgram'] },
  501: {
    causes: 2,
    steps: ['checkEveryAddressCc', 'checkAddressAccountSettings', 'pauseAntivirusMailScanning'],
  },
  502: { causes: 1, steps: ['checkServerSettingsMail', 'askProviderOptionsSupports'] },
  503: {
    causes: 2,
    steps: ['mailProgramTurnOutgoing', 'useSameAddressPassword', 'checkServerNamePortRetry'],
  },
  504: { causes: 1, steps: ['checkLoginMethodMail', 'askProviderOptionsSupports'] },
  510: { causes: 1, steps: ['checkEveryAddressFixTypos'] },
  511: { causes: 2, steps: ['checkAddressTypos', 'askRecipientCurrentAddress'] },
  512: { causes: 2, steps: ['checkPartAfter', 'askRecipientWhetherDomain'] },
  513: { causes: 2, steps: ['checkRecipientsAddresses', 'turnOnSmtpAuth'] },
  523: { causes: 1, steps: ['makeAttachmentsSmallerShare', 'splitLongListRecipients'] },
  530: {
    causes: 2,
    steps: ['turnOnSmtpAuthFullAddress', 'checkRecipientsAddresses', 'persistsCheckWhetherSending'],
  },
  535: {
    causes: 3,
    steps: [
      'checkUsernameFullEmail',
      'logWebmailCheckPassword',
      'checkAccountStateInPanel',
      'blockedSpamFollowUnblock',
    ],
  },
  541: { causes: 1, steps: ['askRecipientAllowAddress', 'avoidSpamWordingLinks'] },
  550: {
    causes: 3,
    steps: [
      'checkAddressTypos',
      'checkRecipientsDomainWorking',
      'askRecipientWhetherAddress',
      'textMentionsSpamBlocklist',
    ],
  },
  551: { causes: 2, steps: ['checkRecipientsAddressUse', 'makeSureMailProgram'] },
  552: { causes: 2, steps: ['messageLargeSendSmaller', 'otherwiseTellRecipientMailbox'] },
  553: {
    causes: 3,
    steps: ['checkRecipientsAddresses', 'checkSendAddressLogged', 'checkRecipientDomainsMx'],
  },
  554: { causes: 3, steps: ['checkSendingIpAddress', 'checkDomainsSpfDkim', 'ipListedAskProvider'] },
  555: { causes: 2, steps: ['checkAddresses', 'sendManyMessagesSpread'] },
  556: { causes: 2, steps: ['checkAddress', 'askRecipientAddressReceives'] },
}

/** The steps of each enhanced-code subject (`knowledge:enhanced.subjects.<s1...s7 | unknown>`). */
export const SUBJECT_STEPS: Record<`s${(typeof ENHANCED_SUBJECTS)[number]}` | 'unknown', readonly StepId[]> =
  {
    s0: ['readTextErrorReason'],
    s1: ['checkRecipientsAddressTypos'],
    s2: ['contactRecipient'],
    s3: ['waitRetryPersistsTell'],
    s4: ['waitRetryCheckRecipients'],
    s5: ['checkMailProgramsSettings'],
    s6: ['trySendingSimplerMessage'],
    s7: ['readTextRuleInvolved'],
    unknown: ['readTextErrorReason'],
  }

/** The steps each recogniser of server text calls for (`knowledge:recognisers.<id>`). */
export const SERVER_TEXT_STEPS: Record<ServerTextId, readonly StepId[]> = {
  blocklisted: ['lookSendingIpAddress', 'useProvidersServerSend', 'serverFindWhySent'],
  greylisting: ['waitGreylistRetry'],
  quota: ['tellRecipientMailboxFull', 'sendOnceMadeRoom'],
  userUnknown: ['checkAddressTypos', 'askRecipientCurrentAddress'],
  mailboxDisabled: ['contactRecipientAdministratorMust'],
  spf: ['checkDomainSpf', 'addProviderSpfInclude'],
  dkim: ['turnDkimSigningProvider', 'publishDkimKeyGives'],
  dmarc: ['checkSpfDkimPass', 'untilPassConsiderSetting'],
  reverseDns: ['askWhoeverRunsSending'],
  rateLimit: ['waitHourBeforeSending', 'spreadLargeSendingsOver'],
  tooBig: ['makeAttachmentsSmallerShare', 'send'],
  relayDenied: ['turnOnSmtpAuthInProgram', 'checkUsingProvidersOutgoing'],
  modernAuth: ['signInThroughProviderPage', 'createAppPasswordIfAllowed', 'adminAllowSmtpSignIn'],
  appPassword: ['createAppPasswordUseIt', 'signInThroughProviderPage'],
  passwordOrAppPassword: ['checkPasswordInWebmail', 'ifWebmailWorksAppPassword'],
  authentication: ['reTypeUsernameFull', 'checkSamePasswordWorks'],
  spamContent: ['removeSpamLikeWording', 'askRecipientAllowAddress'],
  ordinaryToPec: ['sendFromPecBox', 'askPecOwnerOrdinaryAddress'],
}
