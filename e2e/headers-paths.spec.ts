import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { readHeaders } from '../shared/headers/read-headers'
import { expect, expectNoSeriousAxeViolations, test } from './fixtures'
import { Person } from './person'
import { dovecotUnavailable } from './servers/dovecot'
import { WORLD_LOGIN } from './servers/wizard-world'
import { keepScreenshot } from './screenshots'

type Lang = 'it' | 'en'
const CORPUS = join(import.meta.dirname, '../shared/headers/corpus')
const headersOf = (name: string) => readFileSync(join(CORPUS, name), 'utf8')

/** Walks to the headers screen like a person: each choice by its visible label. */
async function toHeadersScreen(
  page: Page,
  lang: Lang,
  problem: 'late' | 'spam',
  role: 'sender' | 'recipient',
) {
  const { tree, common, input } = resources[lang]
  const choose = async (label: string) =>
    page.getByRole('button', { name: label, exact: false }).first().click()
  await page.getByRole('button', { name: common.action.start }).click()
  await choose(tree.nodes.problem.answers[problem].label)
  await page.getByRole('textbox', { name: input.domain.label }).fill('healthy.test')
  await page.getByRole('button', { name: common.action.check }).click()
  await new Person(page, lang).provider('ovh-mxplan')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.nodes['offer-active'].title)
  await choose(tree.nodes['offer-active'].answers.yes.label)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.nodes['headers-role'].title)
  await choose(tree.nodes['headers-role'].answers[role].label)
  if (problem === 'spam' && role === 'recipient') {
    // Spam in one's own mailbox asks first to look inside it; these walks read the headers instead.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.nodes['mailbox-look'].title)
    await page.getByRole('button', { name: tree.nodes['mailbox-look'].skip }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resources[lang].headers.screen.title)
}

async function paste(page: Page, lang: Lang, text: string) {
  const texts = resources[lang].headers.screen
  await page.getByRole('textbox', { name: texts.label }).fill(text)
  await page.getByRole('button', { name: texts.read }).click()
}

/** No horizontal scroll at 480 px wide. */
async function fitsNarrowWindow(page: Page) {
  await page.setViewportSize({ width: 480, height: 900 })
  const overflow = await page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement
    return root.scrollWidth - root.clientWidth
  })
  expect(overflow).toBeLessThanOrEqual(0)
}

test.describe('"my mail arrives late" and "my mail goes to spam" read the headers', () => {
  test('a sender whose message waited 27 minutes before Gmail took it: the hand-over, on a timeline (en)', async ({
    open,
  }) => {
    const page = await open('en')
    await toHeadersScreen(page, 'en', 'late', 'sender')
    await paste(page, 'en', headersOf('gmail-from-ovh.eml'))
    const { common, remedy } = resources.en
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      resources.en.remedy['late-diagnosis'].title,
    )
    const first = page.locator('.header-remedies > li').first()
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(remedy['hand-over-delay'].title)
    await expect(first).toContainText(
      'mo550.mail-out.ovh.net took 27 min 11 s to hand the message to mx.google.com',
    )
    // One answer to "who acts": the screen's, from its first remedy; the card does not repeat it.
    await expect(page.locator('.who-acts strong')).toHaveText(common.whoActs.provider)
    const hops = page.locator('[data-chart="headers-timeline"] > li')
    await expect(hops).toHaveCount(5)
    await expect(hops.nth(3)).toHaveAttribute('data-slowest', 'true')
    await expect(hops.nth(3)).toContainText('after 27 min 11 s')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-late-sender-en.png', fullPage: true })
    await fitsNarrowWindow(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-late-sender-480-en.png', fullPage: true })
  })

  test('a recipient whose message waited 35 minutes inside their own server (it)', async ({ open }) => {
    const page = await open('it')
    await toHeadersScreen(page, 'it', 'late', 'recipient')
    await paste(page, 'it', headersOf('exim-rspamd-queue.eml'))
    const { remedy } = resources.it
    const first = page.locator('.header-remedies > li').first()
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(remedy['recipient-server-delay'].title)
    await expect(first).toContainText('35 min 7 s')
    await expect(page.locator('[data-chart="headers-timeline"] > li').nth(2)).toContainText(
      'sul server del destinatario',
    )
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-late-recipient-it.png', fullPage: true })
  })

  test('"messages I send", but the pasted one comes from another domain: read as received, and told why (it)', async ({
    open,
  }) => {
    const page = await open('it')
    await toHeadersScreen(page, 'it', 'spam', 'sender')
    // The message is From studiobianchi.it, not healthy.test: the From header outweighs the answer.
    await paste(page, 'it', headersOf('gmail-from-ovh.eml'))
    const { common, headers } = resources.it
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      resources.it.remedy['spam-diagnosis'].title,
    )
    await expect(page.locator('[data-role-correction="recipient"]')).toHaveText(
      headers.role.toRecipient
        .replace('{{fromDomain}}', 'studiobianchi.it')
        .replace('{{ownDomain}}', 'healthy.test'),
    )
    const first = page.locator('.header-remedies > li').first()
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(
      'Chiedi a chi ti scrive di provare che la posta di studiobianchi.it è sua',
    )
    // The screen answers with the first remedy's: the sender; "not spam" is the person's own card.
    await expect(page.locator('.who-acts strong').last()).toHaveText(common.whoActs.sender)
    await expect(page.locator('.header-remedies .who-acts strong')).toHaveText([common.whoActs.you])
    await expect(page.locator('[data-auth="spf"] strong')).toHaveText(headers.auth.results.pass)
    await expect(page.locator('[data-auth="dkim"] strong')).toHaveText(headers.auth.results.none)
    await expect(page.locator('[data-auth="dmarc"] strong')).toHaveText(headers.auth.results.fail)
    await expect(page.getByRole('region', { name: headers.spam.title })).toContainText(headers.spam.none)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-spam-sender-it.png', fullPage: true })
    await fitsNarrowWindow(page)
  })

  test('a recipient whose mail the Microsoft filter junked: the filter’s verdict, then "not spam" (en)', async ({
    open,
  }) => {
    const page = await open('en')
    await toHeadersScreen(page, 'en', 'spam', 'recipient')
    await paste(page, 'en', headersOf('exchange-online-junk.eml'))
    const { remedy, common } = resources.en
    const titles = page.locator('.header-remedies > li h3')
    await expect(titles).toHaveText([remedy['filter-judged-spam'].title, remedy['mark-not-spam'].title])
    // Both remedies are the recipient's: the screen says so once, no card says it again.
    await expect(page.locator('.who-acts strong')).toHaveText(common.whoActs.you)
    await expect(page.locator('.header-remedies .who-acts')).toHaveCount(0)
    await expect(page.locator('.spam-verdicts > li').last()).toContainText('Microsoft filter: spam')
    await expect(page.locator('.spam-verdicts > li').last()).toContainText('score 5 (spam from 5)')
    const dkim = page.getByRole('region', { name: resources.en.headers.auth.dkimLocal.title })
    await expect(dkim.getByRole('listitem')).toContainText('The signature of gmail.com (selector 20230601)')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-spam-recipient-en.png', fullPage: true })
  })

  test('text that is not headers gets a clear message and stays on the screen (en)', async ({ open }) => {
    const page = await open('en')
    await toHeadersScreen(page, 'en', 'late', 'sender')
    await paste(page, 'en', 'Hello, my mail is late, please help')
    await expect(page.getByRole('alert')).toHaveText(resources.en.headers.screen.noHeaders)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resources.en.headers.screen.title)
  })

  test('the round trip reads the test message’s headers at once: SPF pass, DKIM none, DMARC fail, fix DKIM (it)', async ({
    open,
    world,
  }) => {
    test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
    const page = await open('it')
    const { tree, common, input, headers } = resources.it
    const choose = async (label: string) =>
      page.getByRole('button', { name: label, exact: false }).first().click()
    await page.getByRole('button', { name: common.action.start }).click()
    await choose(tree.nodes.problem.answers.cannotReceive.label)
    await page.getByRole('textbox', { name: input.domain.label }).fill(WORLD_LOGIN.user)
    await page.getByRole('button', { name: common.action.check }).click()
    await new Person(page, 'it').provider('ovh-mxplan')
    await choose(tree.nodes['offer-active'].answers.yes.label)
    await new Person(page, 'it').declineProgramsIfAsked('webmail-works')
    await choose(tree.nodes['webmail-works'].answers.yes.label)
    await page.locator('summary', { hasText: tree.login.title }).click()
    const login = page.getByRole('region', { name: tree.login.title })
    await login.getByLabel(tree.login.password).fill(WORLD_LOGIN.password)
    await login.getByRole('checkbox', { name: tree.login.consent }).check()
    await login.getByRole('button', { name: tree.login.roundTrip }).click()
    await expect(login.locator('[data-check-id="smtp.roundtrip"]')).toHaveAttribute('data-status', 'pass', {
      timeout: 30_000,
    })
    const verdict = login.locator('.round-trip-verdict')
    await expect(verdict).toContainText('SPF superato, DKIM assente, DMARC non superato')
    await expect(verdict).toContainText(
      'Da sistemare per primo: Attiva la firma della posta di healthy.test (DKIM)',
    )
    await expect(verdict.locator('[data-remedy="dkim-enable"]')).toContainText(
      '<selector>._domainkey.healthy.test',
    )
    expect(headers.roundTrip.fix).toContain('{{remedy}}')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(verdict, { path: 'e2e/screenshots/headers-round-trip-it.png' })
  })
})

/** The page's global scope as this test reaches into it (the node tsconfig has no DOM types). */
interface TickerGlobals {
  longestGap: number
  Worker: new (
    url: string,
    options: { type: 'module' },
  ) => {
    onmessage: ((event: { data: unknown }) => void) | null
    postMessage: (message: unknown) => void
    terminate: () => void
  }
}

test('a crafted 123 KB paste is read in the headers worker: the page keeps responding, the result equals this thread’s (en)', async ({
  open,
}) => {
  const page = await open('en')
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await toHeadersScreen(page, 'en', 'spam', 'recipient')
  const crafted = headersOf('postfix-spamassassin.eml').replace('tests=[', `tests=[${' ,'.repeat(62_000)}`)
  expect(crafted.length).toBeGreaterThan(123_000)
  await page.getByRole('textbox', { name: resources.en.headers.screen.label }).fill(crafted)
  await page.evaluate(() => {
    const scope = globalThis as unknown as TickerGlobals
    scope.longestGap = 0
    let last = performance.now()
    setInterval(() => {
      const now = performance.now()
      scope.longestGap = Math.max(scope.longestGap, now - last)
      last = now
    }, 10)
  })
  await page.getByRole('button', { name: resources.en.headers.screen.read }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(resources.en.headers.screen.title)
  const workerUrl = workers.find((url) => url.includes('headers-worker'))
  expect(workerUrl).toBeDefined()
  // A stall that long is a page frozen, not a busy machine's scheduling; the reading itself is in the worker.
  expect(await page.evaluate(() => (globalThis as unknown as TickerGlobals).longestGap)).toBeLessThan(1500)

  const inWorker = await page.evaluate(
    ([url, text]) =>
      new Promise<string>((resolve) => {
        const worker = new (globalThis as unknown as TickerGlobals).Worker(url, { type: 'module' })
        worker.onmessage = (event) => {
          worker.terminate()
          resolve(JSON.stringify(event.data))
        }
        worker.postMessage({ text, options: {} })
      }),
    [workerUrl ?? '', crafted] as const,
  )
  const onThisThread = await readHeaders(crafted, {})
  expect(JSON.parse(inWorker)).toEqual(JSON.parse(JSON.stringify(onThisThread)))
})
