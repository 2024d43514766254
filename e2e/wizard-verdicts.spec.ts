import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createI18n, resources } from '../shared/i18n'
import type { HistoryListEntry } from '../shared/ipc'
import { ENGLISH, expect, expectNoSeriousAxeViolations, ITALIAN, test } from './fixtures'
import { person, type Lang, type Person } from './person'
import { dovecotUnavailable } from './servers/dovecot'
import { WORLD_LOGIN } from './servers/wizard-world'

/** The little of the page's globals these walks reach: the app's API and the clipboard. */
interface BrowserGlobals {
  maildoctor: { historyList: () => Promise<{ ok: boolean; value?: HistoryListEntry[] }> }
  navigator: { clipboard: { readText: () => Promise<string> } }
}

/** The sessions saved in the history, as the app lists them. */
async function historyEntries(page: Page): Promise<HistoryListEntry[]> {
  const result = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).maildoctor.historyList())
  return result.value ?? []
}

/** A `tree:because` text with its facts filled in. */
function because(lang: Lang, key: string, facts: Record<string, string>): string {
  return createI18n(lang).t(`tree:because.${key}`, facts)
}

/** Runs the login test on the login step with a password; the server's refusal is shown. */
async function testLogin(p: Person): Promise<void> {
  await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)
  const login = p.page.getByRole('region', { name: p.tree.login.title })
  await login.getByLabel(p.tree.login.password).fill('the-usual-password')
  await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
  await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'fail')
  await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
}

/**
 * The same decision everywhere: the call view's map under the step that decided it, the report's
 * "what decided it", and one history row for the session, with the remedy reached.
 */
async function expectOneStory(
  p: Person,
  story: {
    step: string
    because: string
    remedy: string
    remedyTitle: string
    domain: string
    before: string[]
  },
): Promise<void> {
  const { page, lang } = p
  const report = resources[lang].report
  await page.keyboard.press('Alt+Shift+V')
  await expect(page.locator(`.tree-map [data-decided-for="${story.step}"]`)).toContainText(story.because)
  await page.locator('.call-view-notes').getByRole('button', { name: report.panel.copy }).click()
  await expect(page.getByRole('status').filter({ hasText: report.panel.copied })).toBeVisible()
  const markdown = await page.evaluate(() =>
    (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText(),
  )
  const decided = markdown.slice(markdown.indexOf(report.doc.decidedBy), markdown.indexOf(report.doc.notes))
  expect(markdown).toContain(story.remedyTitle)
  expect(decided).toContain(story.because)
  await expect
    .poll(async () =>
      (await historyEntries(page))
        .filter((entry) => !story.before.includes(entry.id) && entry.domain === story.domain)
        .map((entry) => entry.remedyId),
    )
    .toEqual([story.remedy])
  await page.keyboard.press('Alt+Shift+V')
}

for (const lang of ITALIAN) {
  test(`Microsoft 365 refuses the password at the login test: modern sign-in, never webmail, one story everywhere (${lang})`, async ({
    open,
    context,
  }) => {
    test.slow() // a whole check, the login test, the call view, the report and the history
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    const before = (await historyEntries(p.page)).map((entry) => entry.id)
    await p.beginWith('cannotSend', 'microsoft365', WORLD_LOGIN.modernSignIn)
    await p.choose('offer-active', 'yes')
    await p.choose('send-symptom', 'password')
    await testLogin(p)
    await p.expectRemedy('use-modern-sign-in')
    await p.expectBecause('loginModernSignIn', { provider: 'Microsoft 365' })
    await expect(p.page.getByText(p.tree.nodes['webmail-works'].title)).toHaveCount(0)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('remedy-login-modern-sign-in')
    const { t } = createI18n(lang)
    await expectOneStory(p, {
      step: 'login-route',
      because: because(lang, 'loginModernSignIn', { provider: 'Microsoft 365' }),
      remedy: 'use-modern-sign-in',
      remedyTitle: t('remedy:use-modern-sign-in.title'),
      domain: 'studio365.test',
      before,
    })
    await p.notSolved()
    await expect(p.heading()).toHaveText(p.tree.ui.handoffTitle)
    await expect
      .poll(async () =>
        (await historyEntries(p.page))
          .filter((entry) => !before.includes(entry.id) && entry.domain === 'studio365.test')
          .map((entry) => [entry.remedyId, entry.outcome]),
      )
      .toEqual([['use-modern-sign-in', 'handoff']])
  })

  test(`Google asks for an app password at the login test: the app-password remedy (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.beginWith('cannotSend', 'google-workspace', WORLD_LOGIN.appPassword)
    await p.choose('offer-active', 'yes')
    await p.choose('send-symptom', 'password')
    await testLogin(p)
    await p.expectRemedy('app-password')
    await p.expectBecause('loginAppPassword', { provider: 'Google Workspace' })
    await expect(p.page.getByText(p.tree.nodes['webmail-works'].title)).toHaveCount(0)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('remedy-login-app-password')
  })

  test(`a pasted 5.7.139 decides the route, and the report's "what decided it" names it (${lang})`, async ({
    open,
    context,
  }) => {
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    const before = (await historyEntries(p.page)).map((entry) => entry.id)
    await p.beginWith('cannotSend', 'microsoft365', 'studio365.test')
    await p.choose('offer-active', 'yes')
    await p.choose('send-symptom', 'error')
    await p.page
      .getByRole('textbox', { name: p.tree.nodes['send-error-input'].label })
      .fill('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.')
    await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
    await p.expectRemedy('use-modern-sign-in')
    const { t } = createI18n(lang)
    await expectOneStory(p, {
      step: 'send-error-route',
      because: because(lang, 'modernSignIn', {}),
      remedy: 'use-modern-sign-in',
      remedyTitle: t('remedy:use-modern-sign-in.title'),
      domain: 'studio365.test',
      before,
    })
    await p.page.keyboard.press('Alt+Shift+V')
    await p.page
      .locator('.call-view-notes')
      .getByRole('button', { name: resources[lang].report.panel.copy })
      .click()
    const markdown = await p.page.evaluate(() =>
      (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText(),
    )
    const decided = markdown.slice(0, markdown.indexOf(resources[lang].report.doc.notes))
    expect(decided).toContain(`${resources[lang].report.doc.pasted}: \`535 5.7.139\``)
  })

  test(`"I cannot send" named OVHcloud, the MX records say Aruba: every screen after says what the checks found (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.beginWith('cannotSend', 'ovh-mxplan', 'mario@negozio-aruba.test')
    await p.choose('offer-active', 'yes')
    await p.choose('send-symptom', 'nothing')
    const note = createI18n(lang).t('tree:evidence.mxElsewhere', {
      found: 'Aruba',
      named: 'OVHcloud MX Plan',
    })
    await p.skipLogin()
    await expect(p.page.locator('.evidence-note')).toHaveText(note)
    await p.choose('webmail-works', 'yes')
    await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
    await expect(p.page.locator('.evidence-note')).toHaveText(note)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('remedy-send-mx-elsewhere')
  })

  test(`the settings remedy reached by a working login says nothing of webmail (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'password')
    const login = p.page.getByRole('region', { name: p.tree.login.title })
    await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
    await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
    await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'pass')
    await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
    await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
    await expect(p.page.locator('.lead')).toHaveText(p.tree.evidence.clientSettingsLogin)
    await expect(p.page.locator('main')).not.toContainText(resources[lang].remedy['client-settings'].summary)
    await p.shot('remedy-client-settings-login')
  })
}

/** The message of the headers corpus whose longest wait, 27 min 11 s, came before Gmail took it. */
const LATE_HEADERS = readFileSync(
  join(import.meta.dirname, '../shared/headers/corpus/gmail-from-ovh.eml'),
  'utf8',
)

for (const lang of ENGLISH) {
  test(`the pasted headers decide "it arrives late": the longest wait is the reason everywhere (${lang})`, async ({
    open,
    context,
  }) => {
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    const before = (await historyEntries(p.page)).map((entry) => entry.id)
    await p.pastTheServices('late', 'ovh-mxplan', 'healthy.test')
    await p.choose('headers-role', 'sender')
    const screen = resources[lang].headers.screen
    await p.page.getByRole('textbox', { name: screen.label }).fill(LATE_HEADERS)
    await p.page.getByRole('button', { name: screen.read }).click()
    await expect(p.heading()).toHaveText(resources[lang].remedy['late-diagnosis'].title)
    const facts = { wait: '27 min 11 s', server: 'mx.google.com' }
    await p.expectBecause('headersDelayed', facts)
    // One answer to "who acts": the screen's, and no card says another.
    await expect(p.page.locator('.who-acts')).toHaveCount(1)
    await p.shot('remedy-headers-delayed')
    const { t } = createI18n(lang)
    await expectOneStory(p, {
      step: 'headers-topic',
      because: because(lang, 'headersDelayed', facts),
      remedy: 'late-diagnosis',
      remedyTitle: t('remedy:late-diagnosis.title'),
      domain: 'healthy.test',
      before,
    })
  })

  test(`a returned message decides the route: its code is the reason everywhere, one history row (${lang})`, async ({
    open,
    context,
  }) => {
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    const before = (await historyEntries(p.page)).map((entry) => entry.id)
    await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
    await p.pasteBounce('552 5.3.4 Message size exceeds fixed limit')
    await p.expectRemedy('reduce-size')
    await p.expectBecause('tooBig')
    const { t } = createI18n(lang)
    await expectOneStory(p, {
      step: 'bounce-route',
      because: because(lang, 'tooBig', {}),
      remedy: 'reduce-size',
      remedyTitle: t('remedy:reduce-size.title'),
      domain: 'healthy.test',
      before,
    })
  })

  test(`the round trip decides the login route: the message went and came back, so the settings (${lang})`, async ({
    open,
    world,
    context,
  }) => {
    test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    const before = (await historyEntries(p.page)).map((entry) => entry.id)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'nothing')
    const login = p.page.getByRole('region', { name: p.tree.login.title })
    await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
    await login.getByRole('checkbox', { name: p.tree.login.consent }).check()
    await login.getByRole('button', { name: p.tree.login.roundTrip }).click()
    await expect(login.locator('[data-check-id="smtp.roundtrip"]')).toHaveAttribute('data-status', 'pass', {
      timeout: 30_000,
    })
    await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
    await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
    await p.expectBecause('roundTripArrived')
    await expect(p.page.locator('.lead')).toHaveText(p.tree.evidence.clientSettingsLogin)
    await p.shot('remedy-round-trip-arrived')
    const { t } = createI18n(lang)
    await expectOneStory(p, {
      step: 'login-route',
      because: because(lang, 'roundTripArrived', {}),
      remedy: 'client-settings',
      remedyTitle: t('remedy:client-settings.title'),
      domain: 'healthy.test',
      before,
    })
  })

  test(`an incoming login that works is named as the incoming server, never the sending one (${lang})`, async ({
    open,
    world,
  }) => {
    test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
    const p = await person(open, lang)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'password')
    const login = p.page.getByRole('region', { name: p.tree.login.title })
    await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
    await login.getByRole('button', { name: p.tree.login.testIncoming }).click()
    await expect(login.locator('[data-check-id="mailbox.auth"]')).toHaveAttribute('data-status', 'pass')
    await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
    await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
    await p.expectBecause('loginWorksIncoming')
  })
}
