/**
 * The corpora of pasted texts measured blind after the sixth, each a folder of
 * shared/bounce/fixtures with its labels.json, labelled and committed before the reader was ever run
 * on it: providers' documented reply lines (eleventh to thirteenth) and bounces as people pasted
 * them in public threads (fourteenth to sixteenth; nineteenth, twenty-first to twenty-third, twenty-fifth, twenty-seventh, twenty-ninth, thirty-first and thirty-second: GitHub issues; twenty-eighth and thirtieth: pages where a bounce is shown with its cause of mail
 * software, libraries and apps; fortieth, forty-second to fifty-second, fifty-fourth, fifty-fifth, fifty-seventh to sixtieth: Q&A sites, blogs, forums, help pages and
 * GitHub issues; sixty-first to sixty-third, sixty-fifth and sixty-seventh: mail server software's
 * own words from its source and from hosting panels' settings; sixty-fourth: mail programs' own error
 * windows from their string files, sixty-ninth: more of them; sixty-sixth: sending libraries' and
 * apps' own error texts, seventieth: web applications'; sixty-eighth: closed mail programs' windows as
 * pages quote them; seventy-first and seventy-second: security gateways' and sending services' pages;
 * seventy-third: Italian help pages and threads; seventy-fourth: sending services' event texts from
 * test fixtures; seventy-fifth: European providers' texts in German, Polish, French, Portuguese and Dutch;
 * seventy-sixth: Microsoft's support articles; seventy-seventh: sending services' documentation
 * repositories; seventy-eighth: mail-server log lines; seventy-ninth: postmaster pages; eightieth:
 * blocklist refusals; eighty-first to eighty-third: Microsoft 365's, Gmail's, Yahoo's, AOL's and iCloud's refusals in
 * threads; eighty-fourth: shared hosting's notices; eighty-fifth: mail programs' windows in threads;
 * eighty-sixth: sending libraries' errors in threads).
 */
import { join } from 'node:path'
import { measureFifth, PROVIDER_DOCS_2_FIXTURES, type FifthScore } from './fifth-corpus'

/** Each corpus's folder, by the corpus's name. */
export const PASTE_FOLDERS = {
  eleventh: 'provider-docs-4',
  twelfth: 'provider-docs-5',
  thirteenth: 'provider-docs-6',
  fourteenth: 'user-pastes',
  fifteenth: 'user-pastes-2',
  sixteenth: 'user-pastes-3',
  nineteenth: 'user-pastes-4',
  twentyFirst: 'user-pastes-5',
  twentySecond: 'user-pastes-6',
  twentyThird: 'user-pastes-7',
  twentyFifth: 'user-pastes-8',
  twentySeventh: 'user-pastes-9',
  twentyEighth: 'user-pastes-10',
  twentyNinth: 'user-pastes-11',
  thirtieth: 'user-pastes-12',
  thirtyFirst: 'user-pastes-13',
  thirtySecond: 'user-pastes-14',
  fortieth: 'user-pastes-15',
  fortySecond: 'user-pastes-16',
  fortyThird: 'user-pastes-17',
  fortyFifth: 'user-pastes-19',
  fortyFourth: 'user-pastes-18',
  fortySeventh: 'user-pastes-20',
  fortyEighth: 'user-pastes-21',
  fortyNinth: 'user-pastes-22',
  fiftieth: 'user-pastes-23',
  fiftyFirst: 'user-pastes-24',
  fiftySecond: 'user-pastes-25',
  fiftyFourth: 'user-pastes-26',
  fiftyFifth: 'user-pastes-27',
  fiftySeventh: 'user-pastes-28',
  fiftyEighth: 'user-pastes-29',
  fiftyNinth: 'user-pastes-30',
  sixtieth: 'user-pastes-31',
  sixtyFirst: 'server-software-1',
  sixtySecond: 'server-software-2',
  sixtyThird: 'server-software-3',
  sixtyFourth: 'mail-program-windows',
  sixtyFifth: 'server-software-4',
  sixtySixth: 'sending-library-errors',
  sixtySeventh: 'server-software-5',
  sixtyEighth: 'closed-program-windows',
  sixtyNinth: 'more-program-windows',
  seventieth: 'web-app-mail-errors',
  seventyFirst: 'gateway-docs',
  seventySecond: 'esp-docs',
  seventyThird: 'italian-pastes',
  seventyFourth: 'esp-webhook-events',
  seventyFifth: 'european-pastes',
  seventySixth: 'microsoft-support-articles',
  seventySeventh: 'esp-doc-repos',
  seventyEighth: 'mail-log-lines',
  seventyNinth: 'postmaster-pages',
  eightieth: 'blocklist-texts',
  eightyFirst: 'm365-threads',
  eightySecond: 'gmail-threads',
  eightyThird: 'yahoo-apple-threads',
  eightyFourth: 'shared-hosting-threads',
  eightyFifth: 'program-windows-threads',
  eightySixth: 'library-errors-threads',
  eightySeventh: 'deliverability-explainers',
  eightyEighth: 'italian-provider-help',
  eightyNinth: 'institution-it-pages',
  ninetieth: 'deliverability-explainers-2',
  ninetySecond: 'list-archive-bounces',
  ninetyThird: 'non-english-pastes',
  ninetyNinth: 'generated-client-errors',
  hundredFirst: 'generated-library-errors',
  hundredThird: 'generated-dotnet-errors',
  hundredFifth: 'generated-webapp-errors',
  hundredThirteenth: 'generated-webmail-errors',
  hundredFifteenth: 'mail-program-pastes',
  hundredEighteenth: 'italian-ndr-pastes',
} as const

/** The name of one of these corpora. */
export type PasteCorpus = keyof typeof PASTE_FOLDERS

/** Reads every text of one corpus once; all pastes together, and each source's. */
export function measurePasteCorpus(corpus: PasteCorpus): Promise<FifthScore> {
  return measureFifth(join(PROVIDER_DOCS_2_FIXTURES, '..', PASTE_FOLDERS[corpus]))
}
