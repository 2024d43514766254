import { describe, expect, it } from 'vitest'
import {
  measureCorpus,
  measureHeldOut,
  measureProvidersLeftOut,
  percent,
  SISIMAI_ERR_FIXTURES,
  SISIMAI_NEWEST_FIXTURES,
  SISIMAI_NEWEST_2_FIXTURES,
  SISIMAI_RHOST_FIXTURES,
  type Score,
} from '../../scripts/corpus-measure'
import { measureFlufl, measureLabelled } from '../../scripts/other-corpus'
import { measureThird } from '../../scripts/third-corpus'
import { measureFourth } from '../../scripts/fourth-corpus'
import { measureFifth } from '../../scripts/fifth-corpus'
import { measureSixth } from '../../scripts/sixth-corpus'
import { measureSeventh } from '../../scripts/seventh-corpus'
import { measureEighth } from '../../scripts/eighth-corpus'
import { measureNinth } from '../../scripts/ninth-corpus'
import { measureMessageCorpus } from '../../scripts/message-corpora'
import { measurePasteCorpus } from '../../scripts/paste-corpora'

/**
 * Issue 21's held-out figures, as `npm run corpus` prints them: samples our rules were never tuned
 * on. Each floor is the value measured when it was set (not the goal); the test fails when a change
 * reads the unseen samples worse. Raise a floor when the figure rises.
 */
const FLOORS = {
  rhostCodes: 100,
  rhostReasons: 93.9,
  rhostReasonsApart: 96.2,
  layoutLeftOutCodes: 95.6,
  layoutLeftOutReasons: 86,
  layoutLeftOutReasonsApart: 91.3,
  providerLeftOutReasonsApart: 82.3,
  fluflRecipients: 97,
  fluflWarningOrReturned: 98,
  labelledReasons: 93.5,
  labelledNotABounce: 96,
  thirdReasons: 93.3,
  thirdRetry: 100,
  thirdRecipients: 100,
  thirdNotABounce: 100,
  fourthReasons: 90.1,
  fourthRetry: 96.9,
  fourthRecipients: 100,
  fourthNotABounce: 98.7,
  fifthReasons: 70.4,
  fifthRetry: 88.8,
  fifthNotABounce: 90.7,
  sixthReasons: 85.2,
  sixthRetry: 93.7,
  sixthNotABounce: 100,
  seventhReasons: 100,
  seventhRetry: 100,
  seventhRecipients: 100,
  seventhNotABounce: 100,
  // Lowered on purpose from 89.7: its Gmail "421-4.7.28 … temporarily rate limited" is labelled
  // `blocked` after go-sisimai's Google table; the reader now departs and says `speeding`, as the
  // words and three labelled pastes settled by their threads do.
  eighthReasons: 86.2,
  eighthRetry: 100,
  eighthRecipients: 100,
  eighthNotABounce: 100,
  ninthReasons: 100,
  ninthRetry: 100,
  ninthRecipients: 100,
  ninthNotABounce: 100,
  tenthReasons: 95.6,
  tenthRetry: 100,
  tenthRecipients: 100,
  tenthNotABounce: 100,
  seventeenthReasons: 100,
  seventeenthRetry: 100,
  seventeenthRecipients: 93.3,
  seventeenthNotABounce: 100,
  eighteenthReasons: 75,
  eighteenthRetry: 100,
  eighteenthRecipients: 100,
  eighteenthNotABounce: 100,
  twentiethReasons: 85.7,
  twentiethRetry: 100,
  twentiethRecipients: 100,
  twentiethNotABounce: 100,
  eleventhReasons: 86.8,
  eleventhRetry: 93,
  eleventhBounces: 100,
  twelfthReasons: 90.5,
  twelfthRetry: 93.7,
  twelfthBounces: 96.7,
  thirteenthReasons: 82.6,
  thirteenthRetry: 95.6,
  thirteenthBounces: 100,
  fourteenthReasons: 90,
  fourteenthRetry: 97.6,
  fourteenthBounces: 100,
  fifteenthReasons: 96.6,
  fifteenthRetry: 93.1,
  fifteenthBounces: 100,
  sixteenthReasons: 100,
  sixteenthRetry: 100,
  sixteenthBounces: 100,
  nineteenthReasons: 89.4,
  nineteenthRetry: 94.1,
  nineteenthBounces: 100,
  twentyFirstReasons: 93.3,
  twentyFirstRetry: 96,
  twentyFirstBounces: 100,
  twentySecondReasons: 88.2,
  twentySecondRetry: 96.5,
  twentySecondBounces: 100,
  twentyThirdReasons: 82.1,
  twentyThirdRetry: 94.2,
  twentyThirdBounces: 97.2,
  twentyFourthReasons: 70.8,
  twentyFourthRetry: 100,
  twentyFourthRecipients: 82.6,
  twentyFourthNotABounce: 90,
  twentyFifthReasons: 91.3,
  twentyFifthRetry: 88.4,
  twentyFifthBounces: 96.5,
  twentySeventhReasons: 80.6,
  twentySeventhRetry: 100,
  twentySeventhBounces: 100,
  twentyEighthReasons: 81.4,
  twentyEighthRetry: 96.5,
  twentyEighthBounces: 100,
  twentyNinthReasons: 84.6,
  twentyNinthRetry: 84,
  twentyNinthBounces: 100,
  thirtiethReasons: 69.2,
  thirtiethRetry: 90.9,
  thirtiethBounces: 96.1,
  thirtyFirstReasons: 89.4,
  thirtyFirstRetry: 96.4,
  thirtyFirstBounces: 100,
  thirtySecondReasons: 81.8,
  thirtySecondRetry: 92,
  thirtySecondBounces: 100,
  fortiethReasons: 81.4,
  fortiethRetry: 96.2,
  fortiethBounces: 100,
  fortySecondReasons: 76.6,
  fortySecondRetry: 84.3,
  fortySecondBounces: 100,
  fortyThirdReasons: 88.4,
  fortyThirdRetry: 96.1,
  fortyThirdBounces: 100,
  fortyFourthReasons: 84.3,
  fortyFourthRetry: 96.6,
  fortyFourthBounces: 100,
  fortyFifthReasons: 85.1,
  fortyFifthRetry: 89.6,
  fortyFifthBounces: 100,
  fortySeventhReasons: 93.7,
  fortySeventhRetry: 100,
  fortySeventhBounces: 100,
  fortyEighthReasons: 88.8,
  fortyEighthRetry: 96.2,
  fortyEighthBounces: 100,
  fortyNinthReasons: 95.2,
  fortyNinthRetry: 81.4,
  fortyNinthBounces: 96.2,
  fiftiethReasons: 91.3,
  fiftiethRetry: 87.5,
  fiftiethBounces: 100,
  fiftyFirstReasons: 100,
  fiftyFirstRetry: 93.3,
  fiftyFirstBounces: 100,
  fiftySecondReasons: 92.3,
  fiftySecondRetry: 92.5,
  fiftySecondBounces: 93.3,
  fiftyFourthReasons: 66.6,
  fiftyFourthRetry: 93.7,
  fiftyFourthBounces: 100,
  fiftyFifthReasons: 94.4,
  fiftyFifthRetry: 100,
  fiftyFifthBounces: 100,
  fiftySeventhReasons: 100,
  fiftySeventhRetry: 100,
  fiftySeventhBounces: 100,
  fiftyEighthReasons: 96.2,
  fiftyEighthRetry: 100,
  fiftyEighthBounces: 100,
  fiftyNinthReasons: 83.3,
  fiftyNinthRetry: 100,
  fiftyNinthBounces: 100,
  sixtiethReasons: 86.6,
  sixtiethRetry: 100,
  sixtiethBounces: 100,
  sixtyFirstReasons: 78,
  sixtyFirstRetry: 91.6,
  sixtyFirstBounces: 100,
  sixtySecondReasons: 79.1,
  sixtySecondRetry: 96,
  sixtySecondBounces: 100,
  sixtyThirdReasons: 81.8,
  sixtyThirdRetry: 88,
  sixtyThirdBounces: 100,
  sixtyFourthReasons: 92.7,
  sixtyFourthRetry: 95.4,
  sixtyFourthBounces: 94.8,
  sixtyFifthReasons: 88.8,
  sixtyFifthRetry: 92,
  sixtyFifthBounces: 100,
  sixtySixthReasons: 95,
  sixtySixthRetry: 100,
  sixtySixthBounces: 98.3,
  sixtySeventhReasons: 84.8,
  sixtySeventhRetry: 81.5,
  sixtySeventhBounces: 100,
  sixtyEighthReasons: 77.7,
  sixtyEighthRetry: 81.8,
  sixtyEighthBounces: 92.5,
  sixtyNinthReasons: 91.4,
  sixtyNinthRetry: 95.1,
  sixtyNinthBounces: 93.8,
  seventiethReasons: 88.6,
  seventiethRetry: 97,
  seventiethBounces: 95.6,
  seventyFirstReasons: 67.8,
  seventyFirstRetry: 96.2,
  seventyFirstBounces: 97.3,
  seventySecondReasons: 72.7,
  seventySecondRetry: 82.6,
  seventySecondBounces: 87.5,
  seventyThirdReasons: 75,
  seventyThirdRetry: 90.9,
  seventyThirdBounces: 100,
  seventyFourthReasons: 85.7,
  seventyFourthRetry: 68.7,
  seventyFourthBounces: 86.2,
  seventyFifthReasons: 88.2,
  seventyFifthRetry: 84,
  seventyFifthBounces: 96.4,
  seventySixthReasons: 75,
  seventySixthRetry: 93.1,
  seventySixthBounces: 100,
  seventySeventhReasons: 78.9,
  seventySeventhRetry: 97.6,
  seventySeventhBounces: 97.8,
  seventyEighthReasons: 67.7,
  seventyEighthRetry: 66.6,
  seventyEighthBounces: 91.8,
  seventyNinthReasons: 46.4,
  seventyNinthRetry: 78.9,
  seventyNinthBounces: 73.3,
  eightiethReasons: 94.1,
  eightiethRetry: 100,
  eightiethBounces: 100,
  eightyFirstReasons: 64.2,
  eightyFirstRetry: 90.9,
  eightyFirstBounces: 100,
  eightySecondReasons: 94.1,
  eightySecondRetry: 90.6,
  eightySecondBounces: 100,
  eightyThirdReasons: 56,
  eightyThirdRetry: 83.8,
  eightyThirdBounces: 96.8,
  eightyFourthReasons: 78.5,
  eightyFourthRetry: 90.3,
  eightyFourthBounces: 97,
  eightyFifthReasons: 68.7,
  eightyFifthRetry: 69.5,
  eightyFifthBounces: 88,
  eightySixthReasons: 84.8,
  eightySixthRetry: 82.5,
  eightySixthBounces: 92.8,
  eightySeventhReasons: 85,
  eightySeventhRetry: 100,
  eightySeventhBounces: 100,
  eightyEighthReasons: 100,
  eightyEighthRetry: 100,
  eightyEighthBounces: 100,
  eightyNinthReasons: 68.7,
  eightyNinthRetry: 92.3,
  eightyNinthBounces: 89.4,
  ninetiethReasons: 66.6,
  ninetiethRetry: 100,
  ninetiethBounces: 100,
  ninetySecondReasons: 50,
  ninetySecondRetry: 100,
  ninetySecondBounces: 100,
  ninetyThirdReasons: 25,
  ninetyThirdRetry: 100,
  ninetyThirdBounces: 100,
  ninetyNinthReasons: 98.8,
  ninetyNinthRetry: 85.5,
  ninetyNinthBounces: 95.5,
  hundredFirstReasons: 98.7,
  hundredFirstRetry: 86.7,
  hundredFirstBounces: 95.1,
  hundredThirdReasons: 92.3,
  hundredThirdRetry: 80.6,
  hundredThirdBounces: 90.3,
  hundredFifthReasons: 99.3,
  hundredFifthRetry: 98,
  hundredFifthBounces: 99.3,
  twentySixthReasons: 100,
  twentySixthRetry: 100,
  twentySixthRecipients: 100,
  twentySixthNotABounce: 100,
  thirtyThirdReasons: 80.9,
  thirtyThirdRetry: 88,
  thirtyThirdRecipients: 100,
  thirtyThirdNotABounce: 94.6,
  thirtyFourthReasons: 100,
  thirtyFourthRetry: 92.5,
  thirtyFourthRecipients: 100,
  thirtyFourthNotABounce: 100,
  thirtyFifthReasons: 100,
  thirtyFifthRetry: 96.9,
  thirtyFifthRecipients: 100,
  thirtyFifthNotABounce: 100,
  thirtySixthReasons: 97.5,
  thirtySixthRetry: 90.6,
  thirtySixthRecipients: 100,
  thirtySixthNotABounce: 100,
  thirtySeventhReasons: 94.4,
  thirtySeventhRetry: 88.5,
  thirtySeventhRecipients: 97.9,
  thirtySeventhNotABounce: 100,
  thirtyEighthReasons: 90.9,
  thirtyEighthRetry: 95.6,
  thirtyEighthRecipients: 100,
  thirtyEighthNotABounce: 100,
  thirtyNinthReasons: 92.3,
  thirtyNinthRetry: 100,
  thirtyNinthRecipients: 100,
  thirtyNinthNotABounce: 100,
  fortyFirstReasons: 96.8,
  fortyFirstRetry: 75.6,
  fortyFirstRecipients: 100,
  fortyFirstNotABounce: 97.5,
  fortySixthReasons: 97.1,
  fortySixthRetry: 88.5,
  fortySixthRecipients: 100,
  fortySixthNotABounce: 97.1,
  fiftyThirdReasons: 66.6,
  fiftyThirdRetry: 93.7,
  fiftyThirdRecipients: 100,
  fiftyThirdNotABounce: 100,
  ninetyFirstReasons: 100,
  ninetyFirstRetry: 100,
  ninetyFirstRecipients: 100,
  ninetyFirstNotABounce: 100,
  ninetyFifthReasons: 95,
  ninetyFifthRetry: 90.1,
  ninetyFifthRecipients: 100,
  ninetyFifthNotABounce: 100,
  ninetySixthReasons: 65,
  ninetySixthRetry: 100,
  ninetySixthRecipients: 100,
  ninetySixthNotABounce: 100,
  ninetySeventhReasons: 84.6,
  ninetySeventhRetry: 100,
  ninetySeventhRecipients: 100,
  ninetySeventhNotABounce: 100,
  ninetyEighthReasons: 93.3,
  ninetyEighthRetry: 96.6,
  ninetyEighthRecipients: 100,
  ninetyEighthNotABounce: 100,
  hundredthReasons: 95,
  hundredthRetry: 96.6,
  hundredthRecipients: 95,
  hundredthNotABounce: 100,
  hundredSecondReasons: 95,
  hundredSecondRetry: 90,
  hundredSecondRecipients: 100,
  hundredSecondNotABounce: 100,
  hundredFourthReasons: 83.3,
  hundredFourthRetry: 84,
  hundredFourthRecipients: 96.7,
  hundredFourthNotABounce: 97.7,
  hundredEighthReasons: 88,
  hundredEighthRetry: 95.7,
  hundredEighthRecipients: 100,
  hundredEighthNotABounce: 95.7,
  hundredTwelfthReasons: 100,
  hundredTwelfthRetry: 98.2,
  hundredTwelfthRecipients: 100,
  hundredTwelfthNotABounce: 98.2,
  hundredNinthReasons: 77.2,
  hundredNinthRetry: 100,
  hundredNinthRecipients: 100,
  hundredNinthNotABounce: 100,
  hundredTenthReasons: 96.7,
  hundredTenthRetry: 100,
  hundredTenthRecipients: 100,
  hundredTenthNotABounce: 100,
  hundredSeventhReasons: 75,
  hundredSeventhRetry: 88.3,
  hundredSeventhRecipients: 100,
  hundredSeventhNotABounce: 100,
  hundredSixthReasons: 50,
  hundredSixthRetry: 91.6,
  hundredSixthRecipients: 100,
  hundredSixthNotABounce: 91.6,
  newestCodes: 100,
  newestReasons: 82.3,
  newest2Codes: 100,
  newest2Reasons: 100,
  errCodes: 97.1,
  errReasons: 94.5,
  errRecipients: 100,
}

const codes = (score: Score): number => percent(score.codesRight, score.codesLiteral)
const reasons = (score: Score): number => percent(score.reasonsRight, score.reasons)
/** Reasons agreeing with Sisimai apart from the departures on purpose (`DEPARTURES`). */
const reasonsApart = (score: Score): number => percent(score.reasonsRight, score.reasons - score.departures)
const share = ([right, of]: [number, number]): number => percent(right, of)

describe('bounces our rules were never tuned on', () => {
  it('keeps Sisimai’s rhost samples, each layout and each provider left out, at their floors', async () => {
    const rhost = await measureCorpus(SISIMAI_RHOST_FIXTURES)
    expect(codes(rhost.total)).toBeGreaterThanOrEqual(FLOORS.rhostCodes)
    expect(reasons(rhost.total)).toBeGreaterThanOrEqual(FLOORS.rhostReasons)
    expect(reasonsApart(rhost.total)).toBeGreaterThanOrEqual(FLOORS.rhostReasonsApart)
    const layoutLeftOut = await measureHeldOut()
    expect(codes(layoutLeftOut)).toBeGreaterThanOrEqual(FLOORS.layoutLeftOutCodes)
    expect(reasons(layoutLeftOut)).toBeGreaterThanOrEqual(FLOORS.layoutLeftOutReasons)
    expect(reasonsApart(layoutLeftOut)).toBeGreaterThanOrEqual(FLOORS.layoutLeftOutReasonsApart)
    expect(reasonsApart(await measureProvidersLeftOut())).toBeGreaterThanOrEqual(
      FLOORS.providerLeftOutReasonsApart,
    )
    const newest = await measureCorpus(SISIMAI_NEWEST_FIXTURES)
    expect(newest.messages).toBe(17)
    expect(codes(newest.total)).toBeGreaterThanOrEqual(FLOORS.newestCodes)
    expect(reasons(newest.total)).toBeGreaterThanOrEqual(FLOORS.newestReasons)
    const newest2 = await measureCorpus(SISIMAI_NEWEST_2_FIXTURES)
    expect(newest2.messages).toBe(3)
    expect(codes(newest2.total)).toBeGreaterThanOrEqual(FLOORS.newest2Codes)
    expect(reasons(newest2.total)).toBeGreaterThanOrEqual(FLOORS.newest2Reasons)
    const err = await measureCorpus(SISIMAI_ERR_FIXTURES)
    expect(err.messages).toBe(37)
    expect(codes(err.total)).toBeGreaterThanOrEqual(FLOORS.errCodes)
    expect(reasons(err.total)).toBeGreaterThanOrEqual(FLOORS.errReasons)
    expect(percent(err.total.recipientsRight, err.total.recipients)).toBeGreaterThanOrEqual(
      FLOORS.errRecipients,
    )
  }, 180_000)

  it('keeps the other projects’ corpora at their floors', async () => {
    const flufl = await measureFlufl()
    expect(percent(flufl.recipientsExact, flufl.messages)).toBeGreaterThanOrEqual(FLOORS.fluflRecipients)
    expect(percent(flufl.retryRight, flufl.messages)).toBeGreaterThanOrEqual(FLOORS.fluflWarningOrReturned)
    const labelled = await measureLabelled()
    expect(percent(labelled.reasonsRight, labelled.reasons)).toBeGreaterThanOrEqual(FLOORS.labelledReasons)
    expect(percent(labelled.kindsRight, labelled.kinds)).toBeGreaterThanOrEqual(FLOORS.labelledNotABounce)
  }, 60_000)

  it('keeps the third held-out corpus (bounce_email, labelled before its first run) at its floors', async () => {
    const third = await measureThird()
    expect(third.messages).toBeGreaterThanOrEqual(20)
    expect(share(third.reasons)).toBeGreaterThanOrEqual(FLOORS.thirdReasons)
    expect(share(third.retry)).toBeGreaterThanOrEqual(FLOORS.thirdRetry)
    expect(share(third.recipients)).toBeGreaterThanOrEqual(FLOORS.thirdRecipients)
    expect(share(third.notABounce)).toBeGreaterThanOrEqual(FLOORS.thirdNotABounce)
  }, 60_000)

  it('keeps the fourth held-out corpus (providers’ documented texts and flanker, labelled before its first run) at its floors', async () => {
    const { total } = await measureFourth()
    expect(total.messages).toBeGreaterThanOrEqual(76)
    expect(share(total.reasons)).toBeGreaterThanOrEqual(FLOORS.fourthReasons)
    expect(share(total.retry)).toBeGreaterThanOrEqual(FLOORS.fourthRetry)
    expect(share(total.recipients)).toBeGreaterThanOrEqual(FLOORS.fourthRecipients)
    expect(share(total.notABounce)).toBeGreaterThanOrEqual(FLOORS.fourthNotABounce)
  }, 60_000)

  it('keeps the fifth corpus (other providers’ documented texts, labelled before its first run, blind until its misses were read) at its floors', async () => {
    const { total, byProvider } = await measureFifth()
    expect(total.messages).toBeGreaterThanOrEqual(54)
    expect(byProvider.size).toBeGreaterThanOrEqual(11)
    expect(share(total.reasons)).toBeGreaterThanOrEqual(FLOORS.fifthReasons)
    expect(share(total.retry)).toBeGreaterThanOrEqual(FLOORS.fifthRetry)
    expect(share(total.notABounce)).toBeGreaterThanOrEqual(FLOORS.fifthNotABounce)
  }, 60_000)

  it('keeps the sixth corpus (sources in neither the fourth nor the fifth, labelled before its first run, blind until its misses were read) at its floors', async () => {
    const { total, byProvider } = await measureSixth()
    expect(total.messages).toBeGreaterThanOrEqual(40)
    expect(byProvider.size).toBeGreaterThanOrEqual(11)
    expect(share(total.reasons)).toBeGreaterThanOrEqual(FLOORS.sixthReasons)
    expect(share(total.retry)).toBeGreaterThanOrEqual(FLOORS.sixthRetry)
    expect(share(total.notABounce)).toBeGreaterThanOrEqual(FLOORS.sixthNotABounce)
  }, 60_000)

  it.each([
    ['eleventh', 'fifteen more sources’ documented texts', 47, 15],
    ['twelfth', 'twenty more sources’ documented texts', 62, 20],
    ['thirteenth', 'eighteen more sources’ documented texts', 66, 18],
    ['fourteenth', 'texts people pasted in public threads', 43, 17],
    ['fifteenth', 'more texts people pasted in other threads', 51, 19],
    ['sixteenth', 'a third set of texts people pasted', 35, 15],
    ['nineteenth', 'texts pasted in GitHub issues of mail software', 37, 19],
    ['twentyFirst', 'more texts pasted in GitHub issues and a mailing list', 26, 8],
    ['twentySecond', 'texts pasted in GitHub issues of mail apps', 29, 10],
    ['twentyThird', 'texts pasted in GitHub issues of mail servers and apps', 37, 20],
    ['twentyFifth', 'texts pasted in GitHub issues of webmail and mail programs', 29, 16],
    ['twentySeventh', 'receiving servers’ notices pasted in GitHub issues', 35, 13],
    ['twentyEighth', 'bounces shown with their cause on help-desk pages', 30, 14],
    ['twentyNinth', 'receiving servers’ words pasted in more GitHub issues', 26, 8],
    ['thirtieth', 'more bounces shown with their cause on help-desk pages', 26, 16],
    ['thirtyFirst', 'notices and log lines pasted in more GitHub issues', 28, 12],
    ['thirtySecond', 'refusals and notices pasted in still more GitHub issues', 27, 16],
    ['fortieth', 'refusals shown on Q&A sites, blogs and help pages', 29, 18],
    ['fortySecond', 'more refusals shown with their cause on Q&A sites, blogs and help pages', 33, 21],
    ['fortyThird', 'refusals and log lines from European sources', 30, 20],
    ['fortyFourth', 'refusals and sending errors, sealed until one run', 32, 17],
    ['fortyFifth', 'refusals from beyond Western Europe and the US', 30, 15],
    ['fortySeventh', 'error windows and refusals, sealed to the end', 25, 13],
    ['fortyEighth', 'refusals and notices in three languages, sealed to the end', 27, 14],
    ['fortyNinth', 'refusals and notices from European help pages', 27, 11],
    ['fiftieth', 'refusals, logs and error windows from threads and hosts’ pages', 28, 17],
    ['fiftyFirst', 'refusals and error windows in Spanish, Portuguese and Turkish', 17, 9],
    ['fiftySecond', 'bounces on hosting and university help pages', 30, 15],
    ['fiftyFourth', 'notices as Italian pages show them', 21, 5],
    ['fiftyFifth', 'refusals on German and French help pages', 20, 12],
    ['fiftySeventh', 'PHP and WordPress sending errors, sealed to the end', 29, 9],
    ['fiftyEighth', 'self-hosted apps’ sending errors, sealed to the end', 31, 13],
    ['fiftyNinth', 'Nordic and Baltic pages, sealed to the end', 12, 8],
    ['sixtieth', 'pages in Asian and Balkan languages, sealed to the end', 20, 8],
    [
      'sixtyFirst',
      'Postfix’s, OpenSMTPD’s, qmail’s, Courier’s and sendmail’s own words, sealed to one run',
      50,
      5,
    ],
    ['sixtySecond', 'Haraka’s, maddy’s, WildDuck’s and others’ own words, sealed to one run', 51, 10],
    ['sixtyThird', 'the words of delivery agents and filters, sealed to one run', 50, 15],
    ['sixtyFourth', 'mail programs’ own error windows, half Italian, sealed to one run', 58, 10],
    ['sixtyFifth', 'Exim’s, qpsmtpd’s, MailCleaner’s and Proxmox’s own words, sealed to one run', 50, 8],
    ['sixtySixth', 'sending libraries’ and apps’ own errors, a third Italian, sealed to one run', 60, 14],
    ['sixtySeventh', 'hosting panels’ and mail bundles’ own words, sealed to one run', 38, 15],
    ['sixtyEighth', 'closed mail programs’ windows as pages quote them, sealed to one run', 27, 9],
    ['sixtyNinth', 'more open mail programs’ windows, most in Italian, sealed to one run', 49, 8],
    ['seventieth', 'web applications’ mail errors, a third in Italian, sealed to one run', 46, 14],
    ['seventyFirst', 'security gateways’ documented refusals, sealed to one run', 38, 10],
    ['seventySecond', 'sending services’ documented bounces, sealed to one run', 32, 15],
    ['seventyThird', 'Italian help pages’ and threads’ notices, sealed to one run', 13, 9],
    ['seventyFourth', 'sending services’ event texts from test fixtures, sealed to one run', 29, 13],
    ['seventyFifth', 'European providers’ and programs’ texts, sealed to one run', 28, 17],
    ['seventySixth', 'Microsoft’s support articles’ errors, sealed to one run', 60, 3],
    ['seventySeventh', 'sending services’ documentation repositories, sealed to one run', 47, 15],
    ['seventyEighth', 'mail-server log lines as pasted, sealed to one run', 37, 10],
    ['seventyNinth', 'large providers’ postmaster pages, sealed to one run', 30, 10],
    ['eightieth', 'refusals that name a blocklist, sealed to one run', 36, 20],
    ['eightyFirst', 'Microsoft 365’s and Exchange’s refusals in threads, sealed to one run', 33, 4],
    ['eightySecond', 'Gmail’s notices and refusals in threads, sealed to one run', 34, 2],
    ['eightyThird', 'Yahoo’s, AOL’s and iCloud’s refusals in threads, sealed to one run', 32, 3],
    ['eightyFourth', 'shared hosting’s notices in threads and help pages, sealed to one run', 34, 15],
    ['eightyFifth', 'mail programs’ windows pasted in threads, sealed to one run', 25, 8],
    ['eightySixth', 'sending libraries’ errors pasted in threads, sealed to one run', 42, 12],
    ['eightySeventh', 'deliverability explainers’ quoted refusals, sealed to one run', 22, 10],
    ['eightyEighth', 'Italian pages’ refusals, sealed to one run', 3, 2],
    ['eightyNinth', 'universities’ IT pages, sealed to one run', 19, 13],
    ['ninetieth', 'more deliverability pages and providers’ forums, sealed to one run', 9, 5],
    ['ninetySecond', 'bounces in public mailing-list archives, sealed to one run', 3, 3],
    ['ninetyThird', 'Dutch and German windows and notices, sealed to one run', 4, 3],
    ['ninetyNinth', 'real mail clients’ error texts, English and Italian, caused on purpose', 90, 12],
    ['hundredFirst', 'sending libraries’ error texts, English and Italian, caused on purpose', 83, 10],
    ['hundredThird', 'Mono’s System.Net.Mail error texts, caused on purpose', 31, 1],
    ['hundredFifth', 'web applications’ mail libraries’ error texts, caused on purpose', 152, 12],
  ] as const)(
    'keeps the %s corpus (%s, labelled before its first run, blind until its misses were read) at its floors',
    async (name, _who, messages, sources) => {
      const { total, byProvider } = await measurePasteCorpus(name)
      expect(total.messages).toBeGreaterThanOrEqual(messages)
      expect(byProvider.size).toBeGreaterThanOrEqual(sources)
      expect(share(total.reasons)).toBeGreaterThanOrEqual(FLOORS[`${name}Reasons`])
      expect(share(total.retry)).toBeGreaterThanOrEqual(FLOORS[`${name}Retry`])
      expect(share(total.notABounce)).toBeGreaterThanOrEqual(FLOORS[`${name}Bounces`])
    },
    60_000,
  )

  it.each([
    ['seventh', 'four other projects’ whole messages', measureSeventh, 54, 4],
    ['eighth', 'four more projects’ messages and pasted texts', measureEighth, 45, 4],
    ['ninth', 'seven more projects’ messages', measureNinth, 41, 7],
    ['tenth', 'seven more projects’ messages', () => measureMessageCorpus('tenth'), 51, 7],
    ['seventeenth', 'mail servers’ and clients’ messages', () => measureMessageCorpus('seventeenth'), 28, 4],
    ['eighteenth', 'four more projects’ messages', () => measureMessageCorpus('eighteenth'), 15, 4],
    ['twentieth', 'eight more projects’ messages', () => measureMessageCorpus('twentieth'), 25, 8],
    ['twentyFourth', 'five more projects’ messages', () => measureMessageCorpus('twentyFourth'), 40, 5],
    ['twentySixth', 'three more projects’ messages', () => measureMessageCorpus('twentySixth'), 26, 3],
    ['thirtyThird', 'Exim’s own test suite', () => measureMessageCorpus('thirtyThird'), 75, 1],
    ['thirtyFourth', 'three web applications’ messages', () => measureMessageCorpus('thirtyFourth'), 41, 3],
    ['thirtyFifth', 'help desks’ and CRMs’ messages', () => measureMessageCorpus('thirtyFifth'), 35, 4],
    ['thirtySixth', 'four bounce handlers’ messages', () => measureMessageCorpus('thirtySixth'), 44, 4],
    [
      'thirtySeventh',
      'mailing lists’ and mail servers’ messages',
      () => measureMessageCorpus('thirtySeventh'),
      62,
      4,
    ],
    ['thirtyEighth', 'groupware suites’ messages', () => measureMessageCorpus('thirtyEighth'), 24, 5],
    ['thirtyNinth', 'four more bounce handlers’ messages', () => measureMessageCorpus('thirtyNinth'), 31, 4],
    ['fortyFirst', 'six more projects’ messages', () => measureMessageCorpus('fortyFirst'), 41, 6],
    [
      'fortySixth',
      'notices Debian’s MTAs wrote by construction',
      () => measureMessageCorpus('fortySixth'),
      70,
      1,
    ],
    ['fiftyThird', 'seven more projects’ messages', () => measureMessageCorpus('fiftyThird'), 17, 7],
    ['ninetyFirst', 'Postfix’s and Horde’s test messages', () => measureMessageCorpus('ninetyFirst'), 7, 2],
    [
      'ninetyFifth',
      'notices Debian’s MTAs wrote against real receiving servers’ refusals',
      () => measureMessageCorpus('ninetyFifth'),
      61,
      1,
    ],
    [
      'ninetySixth',
      'notices Debian’s MTAs wrote against more receiving servers’ refusals',
      () => measureMessageCorpus('ninetySixth'),
      60,
      1,
    ],
    [
      'ninetySeventh',
      'notices Debian’s MTAs wrote against content and sender-check filters’ refusals',
      () => measureMessageCorpus('ninetySeventh'),
      39,
      1,
    ],
    [
      'ninetyEighth',
      'notices Haraka, chasquid, Postfix and Exim wrote against Haraka’s, chasquid’s, Cyrus’s and sqlgrey’s refusals',
      () => measureMessageCorpus('ninetyEighth'),
      60,
      1,
    ],
    [
      'hundredth',
      'notices eight sending MTAs wrote for several recipients, aliases and unusual addresses',
      () => measureMessageCorpus('hundredth'),
      60,
      1,
    ],
    [
      'hundredSecond',
      'notices Debian’s MTAs wrote against rate limits and policy services',
      () => measureMessageCorpus('hundredSecond'),
      60,
      1,
    ],
    [
      'hundredFourth',
      'notices of mailbox rules and mailing lists, written after the server accepted the message',
      () => measureMessageCorpus('hundredFourth'),
      44,
      1,
    ],
    [
      'hundredEighth',
      'notices of GNU Mailman 3 and its servers for posts to mailing lists',
      () => measureMessageCorpus('hundredEighth'),
      47,
      1,
    ],
    [
      'hundredTwelfth',
      'notices of mlmmj and GNU Mailman 3 in Italian',
      () => measureMessageCorpus('hundredTwelfth'),
      57,
      1,
    ],
    [
      'hundredNinth',
      'notices of MTAs and amavisd-new against real virus scanners',
      () => measureMessageCorpus('hundredNinth'),
      44,
      1,
    ],
    [
      'hundredTenth',
      'notices of MTAs that could not deliver because of TLS between the servers',
      () => measureMessageCorpus('hundredTenth'),
      60,
      1,
    ],
    [
      'hundredSeventh',
      'notices of local delivery agents’ failures (procmail, maildrop, mail.local, local)',
      () => measureMessageCorpus('hundredSeventh'),
      60,
      1,
    ],
    [
      'hundredSixth',
      'mail an abuse desk receives: complaint reports and notices, none a bounce',
      () => measureMessageCorpus('hundredSixth'),
      12,
      1,
    ],
  ] as const)(
    'keeps the %s corpus (%s, labelled before its first run, blind until its misses were read) at its floors',
    async (name, _what, measure, messages, projects) => {
      const { total, byProject } = await measure()
      expect(total.messages).toBeGreaterThanOrEqual(messages)
      expect(byProject.size).toBeGreaterThanOrEqual(projects)
      expect(share(total.reasons)).toBeGreaterThanOrEqual(FLOORS[`${name}Reasons`])
      expect(share(total.retry)).toBeGreaterThanOrEqual(FLOORS[`${name}Retry`])
      expect(share(total.recipients)).toBeGreaterThanOrEqual(FLOORS[`${name}Recipients`])
      expect(share(total.notABounce)).toBeGreaterThanOrEqual(FLOORS[`${name}NotABounce`])
    },
    60_000,
  )
})
