/**
 * The shape of the explanations' texts, as data: how many likely causes each reply code and class
 * has (`knowledge:<stem>.causes.0` ...), and its steps as ids of the step pool `knowledge:steps`.
 * A step written once has one id wherever it is used, so an explanation that gathers steps from the
 * code and from the server's text lists each step once (explain.ts compares ids, never sentences).
 *
 * A reply code's causes and steps are in its one record (reply-codes.ts), a reason's steps in its
 * record (shared/bounce/reasons.ts), a finer reading's in shared/bounce/reason-details.ts.
 * shared/knowledge/code-records.test.ts checks that every language has the same steps and as many
 * causes as said there.
 */
import type { ENHANCED_SUBJECTS } from './enhanced-codes'

/** The id of a step of the pool `knowledge:steps`; each language's texts hold exactly these keys. */
export type StepId =
  | 'tellRecipientResolver'
  | 'checkSavedPasswordEveryDevice'
  | 'signInOncePerBatch'
  | 'sameLoginAsIncoming'
  | 'checkOwnDomainRenewed'
  | 'checkOwnDomainMxRecords'
  | 'askRecipientAllowOutside'
  | 'signInThroughProviderPage'
  | 'createAppPasswordIfAllowed'
  | 'adminAllowSmtpSignIn'
  | 'createAppPasswordUseIt'
  | 'checkPasswordInWebmail'
  | 'ifWebmailWorksAppPassword'
  | 'checkOutgoingServerName'
  | 'tryNetworkAntivirusBriefly'
  | 'nothingMailDoesArrive'
  | 'nothingToDo'
  | 'waitSendingServerRetries'
  | 'messageComesBackAfter'
  | 'readTextErrorUsually'
  | 'fixSendMessage'
  | 'checkOutgoingServerAgainstProvider'
  | 'pauseAntivirusFirewallMoment'
  | 'tryNetworkPhoneHotspot'
  | 'checkServerNamePort'
  | 'checkFirewallAntivirusSettings'
  | 'everythingLooksRightContact'
  | 'nothingRecipientDoesSee'
  | 'nothingMessageComesBack'
  | 'waitLetSendingServer'
  | 'persistsAskRecipientTell'
  | 'sendTestMessageDifferent'
  | 'waitSendMessageLater'
  | 'tellRecipientPhoneChat'
  | 'sendFewerMessagesTime'
  | 'waitRetry'
  | 'appearsLogChangePassword'
  | 'appearsBounceAskRecipient'
  | 'waitSendingServerRetriesSeveral'
  | 'checkInternetConnectionRouter'
  | 'sendMessage'
  | 'checkForwardingRules'
  | 'contactProviderBounce'
  | 'checkRecipientsAddressDomain'
  | 'sendMessageLater'
  | 'askRecipientPassBounce'
  | 'waitSendingServerTries'
  | 'avoidSpamLikeWording'
  | 'waitSend'
  | 'checkSpfListsServers'
  | 'persistsReadTextError'
  | 'checkOutboxMessagesStuck'
  | 'sendFewerRecipientsTime'
  | 'waitTry'
  | 'contactMailProviderBounce'
  | 'checkWhetherSendingIp'
  | 'pauseMailScanningAntivirus'
  | 'updateMailProgram'
  | 'checkEveryAddressCc'
  | 'checkAddressAccountSettings'
  | 'pauseAntivirusMailScanning'
  | 'checkServerSettingsMail'
  | 'askProviderOptionsSupports'
  | 'mailProgramTurnOutgoing'
  | 'useSameAddressPassword'
  | 'checkServerNamePortRetry'
  | 'checkLoginMethodMail'
  | 'checkEveryAddressFixTypos'
  | 'checkAddressTypos'
  | 'askRecipientCurrentAddress'
  | 'checkPartAfter'
  | 'askRecipientWhetherDomain'
  | 'checkRecipientsAddresses'
  | 'turnOnSmtpAuth'
  | 'makeAttachmentsSmallerShare'
  | 'splitLongListRecipients'
  | 'turnOnSmtpAuthFullAddress'
  | 'persistsCheckWhetherSending'
  | 'checkUsernameFullEmail'
  | 'logWebmailCheckPassword'
  | 'checkAccountStateAtProvider'
  | 'checkAccountStateInPanel'
  | 'blockedSpamFollowUnblock'
  | 'askRecipientAllowAddress'
  | 'avoidSpamWordingLinks'
  | 'checkRecipientsDomainWorking'
  | 'askRecipientWhetherAddress'
  | 'textMentionsSpamBlocklist'
  | 'checkRecipientsAddressUse'
  | 'makeSureMailProgram'
  | 'messageLargeSendSmaller'
  | 'otherwiseTellRecipientMailbox'
  | 'checkSendAddressLogged'
  | 'checkRecipientDomainsMx'
  | 'checkSendingIpAddress'
  | 'checkDomainsSpfDkim'
  | 'ipListedAskProvider'
  | 'checkAddresses'
  | 'sendManyMessagesSpread'
  | 'checkAddress'
  | 'askRecipientAddressReceives'
  | 'readTextErrorReason'
  | 'checkRecipientsAddressTypos'
  | 'contactRecipient'
  | 'waitRetryPersistsTell'
  | 'waitRetryCheckRecipients'
  | 'checkMailProgramsSettings'
  | 'trySendingSimplerMessage'
  | 'shareFileAsLinkInstead'
  | 'ownMailboxMakeRoom'
  | 'ownMailboxMoreSpace'
  | 'askRecipientFileTypes'
  | 'postFromSubscribedAddress'
  | 'askListOwner'
  | 'checkOwnForwarding'
  | 'tellRecipientLoop'
  | 'tellRecipientServerFault'
  | 'sendFromSignedInAddress'
  | 'allowOtherSenderAddress'
  | 'lookUpListedDomain'
  | 'cleanUpListedDomain'
  | 'readTextRuleInvolved'
  | 'lookSendingIpAddress'
  | 'useProvidersServerSend'
  | 'serverFindWhySent'
  | 'waitGreylistRetry'
  | 'tellRecipientMailboxFull'
  | 'sendOnceMadeRoom'
  | 'contactRecipientAdministratorMust'
  | 'checkDomainSpf'
  | 'addProviderSpfInclude'
  | 'turnDkimSigningProvider'
  | 'publishDkimKeyGives'
  | 'checkSpfDkimPass'
  | 'untilPassConsiderSetting'
  | 'askWhoeverRunsSending'
  | 'waitHourBeforeSending'
  | 'spreadLargeSendingsOver'
  | 'send'
  | 'turnOnSmtpAuthInProgram'
  | 'turnOnTlsInProgram'
  | 'checkUsingProvidersOutgoing'
  | 'reTypeUsernameFull'
  | 'checkSamePasswordWorks'
  | 'removeSpamLikeWording'
  | 'sendFromPecBox'
  | 'askPecOwnerOrdinaryAddress'

/** The broad kind of a reply code, from its first digit. */
export type CodeClass = 'connection' | 'success' | 'intermediate' | 'transient' | 'permanent'

/** What an entry's texts hold besides title and meaning: its number of causes and its steps. */
export interface EntryTexts {
  causes: number
  steps: readonly StepId[]
}

/**
 * Advice that only sends the person to the blocklists: its steps, and the likely causes that name a
 * listing (`knowledge:` keys). Left out once the blocklist check found the sending servers on no list.
 */
export const BLOCKLIST_ADVICE: { steps: ReadonlySet<StepId>; causes: ReadonlySet<string> } = {
  steps: new Set<StepId>([
    'checkSendingIpAddress',
    'ipListedAskProvider',
    'checkWhetherSendingIp',
    'persistsCheckWhetherSending',
  ]),
  causes: new Set(['knowledge:codes.c554.causes.0']),
}

/** Steps that tell the person to send the message again: not said while the message is still being tried. */
export const RESEND_STEPS: ReadonlySet<StepId> = new Set<StepId>([
  'sendOnceMadeRoom',
  'sendMessage',
  'sendMessageLater',
  'waitSendMessageLater',
  'waitSend',
  'waitRetry',
  'waitTry',
  'waitRetryPersistsTell',
  'fixSendMessage',
])

/**
 * Steps that say to wait, and what is said instead once the reply was final: waiting won't change a
 * refusal the server gave for good, so the person is told who can fix it.
 */
export const GIVEN_UP_STEPS: Readonly<Partial<Record<StepId, readonly StepId[]>>> = {
  waitRetryPersistsTell: ['tellRecipientServerFault'],
  waitRetryCheckRecipients: ['checkPartAfter', 'askRecipientWhetherDomain'],
}

/** Steps about the mail program's own settings: not said under a notice the mail system sent back. */
export const PROGRAM_STEPS: ReadonlySet<StepId> = new Set<StepId>([
  'turnOnTlsInProgram',
  'turnOnSmtpAuthInProgram',
])

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
