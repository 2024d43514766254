import type { WordsMatch } from '../bounce/server-words'
import type { BounceReason } from '../bounce/reasons'
import type { RetryVerdict } from '../bounce/retry-verdict'
import type { CheckArea } from '../check-areas'
import type { HeaderReport } from '../headers/types'
import type { HeaderVerdict } from './header-verdicts'
import type { ProviderKind } from '../knowledge/provider-catalogue'
import type { LinkId, ScreenRemedyId } from '../knowledge/remedies'
import type { CheckId, Status } from '../protocol'
import type { Finding } from '../report'
import type { Offer } from '../knowledge/providers'

export { OFFERS, type Offer } from '../knowledge/providers'

/**
 * Facts the walker derives from several findings at once (see `FACTS` in walker.ts):
 * `offline`: the domain's records and its registration could not be asked at all;
 * `domainMissing`: DNS answered that the domain does not exist;
 * `sendingUnreachable`: no sending server could be reached because every attempt timed out or failed to run;
 * `bounceRecipientKnown`: the bounce names the recipient's address;
 * `loginRefused`: the latest login test was refused for a reason of the account (password, lock, spam block…);
 * `loginModernSignIn`: the latest login test says the server no longer takes the password from mail programs;
 * `loginAppPassword`: the latest login test says the account wants an app password;
 * `loginWorks`: the latest login test (or round trip) logged in;
 * `sendingRefused`: a sending server refused us on a port, and no sending port answered properly;
 * `noMx`: the domain names no mail server (no MX, a null MX, or only the web site's address to fall back on);
 * `mxUnreachable`: an incoming server refused us or broke off, and none answered properly;
 * `providerDetected`: checks that ran (or the address's own domain) tell who runs the mail.
 */
export type Fact =
  | 'offline'
  | 'domainMissing'
  | 'sendingUnreachable'
  | 'bounceRecipientKnown'
  | 'loginRefused'
  | 'loginModernSignIn'
  | 'loginAppPassword'
  | 'loginWorks'
  | 'sendingRefused'
  | 'noMx'
  | 'mxUnreachable'
  | 'providerDetected'

/** The statuses a route may decide on: a check that could not run (`error`, `skipped`, a timeout) is never evidence. */
export type EvidenceStatus = Exclude<Status, 'error' | 'skipped'>

/** A test on what is known so far: answers, findings, the offer, the bounce. */
export type Condition =
  | { answer: string; is: readonly string[] }
  | { finding: CheckId; status: readonly EvidenceStatus[] }
  | { fact: Fact }
  | { offer: readonly Offer[] }
  /** The kind of the provider the walk speaks of (see provider-question.ts); false when unknown. */
  | { providerKind: readonly ProviderKind[] }
  | { replyCode: readonly number[] }
  /** The reply code's class, or the enhanced code's when the bounce has no reply code (PEC receipts). */
  | { replyClass: readonly number[] }
  /** What the words of the pasted text say: reasons or finer readings (shared/bounce/server-words.ts). */
  | { serverText: readonly WordsMatch['id'][] }
  /** Why the bounce came back, in the one vocabulary of reasons (shared/bounce/reasons.ts). */
  | { reason: readonly BounceReason[] }
  /** Will sending again help, the bounce reader's one answer (shared/bounce/retry-verdict.ts). */
  | { retry: readonly RetryVerdict[] }
  /** What the pasted headers of a message say (see header-verdicts.ts). */
  | { headers: readonly HeaderVerdict[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }

/** Where to go next, when the condition holds; `because` names the text that says why. */
export interface Route {
  when?: Condition
  next: string
  because?: string
}

/** A choice offered by a question. */
export interface Answer {
  id: string
  next: string
}

/** Which checks a node needs: on the person's domain, or on the recipient's domain from a bounce. */
export interface CheckNeeds {
  target: 'own' | 'recipient'
  areas: readonly CheckArea[]
  /** The findings the node decides on; it waits until each has arrived or the run ended. */
  waitFor: readonly CheckId[]
}

/** A node of the decision tree. Its texts live under `tree:nodes.<id>` (see tree.ts in i18n), a remedy's under `remedy:<id>`. */
export type TreeNode =
  | {
      kind: 'question'
      id: string
      answers: readonly Answer[]
      helpByOffer?: boolean
      link?: LinkId
      /** Names the provider found for the address, with what it was found from one click away. */
      aboutProvider?: boolean
      /** Asks who runs the mail: the screen shows no notes of the checks against a named provider. */
      asksWhoRuns?: boolean
    }
  | { kind: 'input'; id: string; input: 'target' | 'bounce' | 'headers'; next: string }
  /**
   * The login test as a step of its own: the person may run it or skip it. With `look`, the mailbox
   * look instead (with consent, nothing changed): the login, how full it is, its folders, and where
   * a message the person expects went.
   */
  | { kind: 'login'; id: string; next: string; look?: boolean }
  /** Asks to read the mail programs' own settings; once read (or declined), the walk goes on to `next`. */
  | { kind: 'programs'; id: string; next: string }
  | { kind: 'route'; id: string; needs?: CheckNeeds; routes: readonly Route[] }
  | {
      kind: 'remedy'
      /** The remedy of the catalogue (shared/knowledge/remedies.ts): who acts, steps, links and texts. */
      id: ScreenRemedyId
      /** Findings whose own remedies and details belong on this screen. */
      showFindings?: readonly CheckId[]
      /** Shows the mail program settings card for the offer. */
      settingsCard?: boolean
      /** Whose check run the findings of `showFindings` come from: the person's own (the default) or the recipient's. */
      findingsOf?: 'own' | 'recipient'
      /** Shows the explanation of the bounce's code under "why?". */
      bounceExplanation?: boolean
      /** Shows the explanation of the bounce's code as the screen's own card, with its steps. */
      explanationCard?: boolean
      /** Shows the MX values to put under this step of the remedy (counted from 1). */
      mxValuesUnderStep?: number
      /** Offers to ask the recipient's server about the address (no message is sent). */
      envelopeTest?: boolean
      /** Shows each wrong field of the mail program, where it is and the value to put. */
      programFixes?: boolean
      /** Offers the login test (in a disclosure) under the settings card. */
      loginTest?: boolean
      /**
       * Offers "check again": the checks run again and the walk returns to the route that led here.
       * `only` when it is the screen's only way on (no "did this solve it?"), `beside` next to it.
       */
      recheck?: 'only' | 'beside'
      /** Offers to correct the person's own address or the recipient's, with "did you mean …?" when a close name is known. */
      correctTarget?: 'own' | 'recipient'
      /** Shows what the pasted headers say, with their remedies on this topic. */
      headersReport?: 'delay' | 'spam'
      notSolved: string
    }
  | { kind: 'handoff'; id: string }
  | { kind: 'solved'; id: string }

/** The whole tree: its nodes by id and where it starts. */
export interface DecisionTree {
  start: string
  nodes: Readonly<Record<string, TreeNode>>
}

/** What the bounce told us, as far as the tree needs it. */
export interface BounceFacts {
  replyCode: number | null
  enhancedCode: string | null
  /** Tags recognised in the server's text, such as `blocklist` or `quota`. */
  serverText: readonly string[]
  /** The address the message was for, when the bounce names it. */
  recipient: string | null
  /** Why it came back, in the reason vocabulary (shared/bounce/reasons.ts); absent when not read. */
  reason?: BounceReason | null
  /** Will sending again help, as the bounce reader answers it (retry-verdict.ts); absent when not read. */
  retry?: RetryVerdict
}

/** Everything the walk can decide on. */
export interface WalkState {
  answers: Readonly<Record<string, string>>
  findings: { own: readonly Finding[]; recipient: readonly Finding[] }
  /** Whether each check run has finished (a missing finding then means "not checked"). */
  runDone: { own: boolean; recipient: boolean }
  bounce: BounceFacts | null
  /** What the pasted headers of a message said; absent or null when none were pasted. */
  headers?: HeaderReport | null
}
