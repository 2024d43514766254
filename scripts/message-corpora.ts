/**
 * The corpora of whole messages measured blind after the ninth: other projects' test fixtures,
 * bounces and look-alikes, one folder of shared/bounce/fixtures per project, each labelled by
 * reading it and committed before the reader was ever run on it.
 */
import { measureSeventh, projectFolders, type SeventhScore } from './seventh-corpus'

/** Each corpus's project folders, by the corpus's name. */
export const MESSAGE_FOLDERS = {
  tenth: ['spamassassin', 'enmime', 'mailparser', 'postal-mime', 'gen-smtp', 'mox', 'spamscope-mail-parser'],
  seventeenth: ['delta-chat', 'kumomta', 'chasquid', 'apache-james'],
  eighteenth: ['zotonic', 'php-mime-mail-parser', 'modoboa-dmarc', 'cpython-email'],
  twentieth: [
    'mailcore2',
    'php-imap-webklex',
    'commons-email',
    'mime-tools',
    'talon',
    'zeta-mail',
    'outreach-desk',
    'ietf-mailarchive',
  ],
  twentyFourth: ['fml8', 'cws-mail-bounce-handler', 'laminas-mail', 'simple-java-mail', 'mail-mime-parser'],
  twentySixth: ['mailbounce', 'mxhero-sample-emails', 'stalwart-mail-parser'],
  thirtyThird: ['exim-testsuite'],
  thirtyFourth: ['discourse', 'alaveteli', 'freegle'],
  thirtyFifth: ['zammad', 'znuny', 'civicrm', 'request-tracker'],
  thirtySixth: ['dada-mail', 'zoon-bounce-handler', 'mediawiki-bouncehandler', 'stalwart-mail-server'],
  thirtySeventh: ['sympa', 'mailman2', 'listmonk', 'postfixadmin'],
  thirtyEighth: ['bluemind', 'zimbra', 'onlyoffice', 'citadel', 'eml-parser'],
  thirtyNinth: ['node-baunsu', 'findem-bounce-handler', 'phpmailer-bmh', 'simple-login'],
  fortyFirst: ['mysociety-commonlib', 'artack-dsn', 'espocrm', 'jpmobile', 'postal', 'combodo-email-synchro'],
  fortySixth: ['generated-mta'],
  fiftyThird: ['schleuder', 'libredesk', 'kopano-core', 'hmailserver', 'notmuch', 'sup', 'bouncehammer'],
  ninetyFirst: ['postfix', 'horde-mail'],
  ninetyFifth: ['generated-mta-2'],
  ninetySixth: ['generated-mta-3'],
  ninetySeventh: ['generated-filters'],
  ninetyEighth: ['generated-servers'],
  hundredth: ['generated-layouts'],
  hundredSecond: ['generated-policy'],
  hundredSixth: ['ovh-cerberus'],
  hundredFourth: ['generated-mailbox-rules'],
  hundredSeventh: ['generated-local-delivery'],
  hundredEighth: ['generated-list-managers'],
  hundredTenth: ['generated-tls-delivery'],
  hundredNinth: ['generated-virus-filters'],
  hundredTwelfth: ['generated-italian-lists'],
  hundredEleventh: ['generated-smarthost'],
  hundredFourteenth: ['generated-blocklists'],
  hundredSixteenth: ['aerc', 'getmail6'],
  hundredSeventeenth: ['generated-sympa-lists'],
} as const

/** The name of one of these corpora. */
export type MessageCorpus = keyof typeof MESSAGE_FOLDERS

/** Reads every labelled message of one corpus once; misses are named `<folder>/<file>`. */
export function measureMessageCorpus(corpus: MessageCorpus): Promise<SeventhScore> {
  return measureSeventh(projectFolders(MESSAGE_FOLDERS[corpus]))
}
