import type { Page } from '@playwright/test'
import { createI18n, resources } from '../shared/i18n'
import { expect, expectNoSeriousAxeViolations, languageOfTurn, test } from './fixtures'
import { Person, type Lang } from './person'
import { keepScreenshot } from './screenshots'

/** Each story: the address typed, the provider the wizard names, what its settings card must show. */
const STORIES = [
  {
    name: 'aruba',
    target: 'negozio-aruba.test',
    provider: 'Aruba Hosting',
    smtp: 'smtps.aruba.it',
    port: '465',
    paid: true,
  },
  {
    name: 'libero',
    target: 'mario.rossi@libero.it',
    provider: 'Italiaonline Libero Mail',
    smtp: 'smtp.libero.it',
    port: '465',
    paid: false,
  },
  {
    name: 'microsoft365',
    target: 'studio365.test',
    provider: 'Microsoft 365',
    smtp: 'smtp.office365.com',
    port: '587',
    paid: true,
  },
  {
    name: 'google-workspace',
    target: 'ditta-workspace.test',
    provider: 'Google Workspace',
    smtp: 'smtp.gmail.com',
    port: '465',
    paid: true,
  },
] as const

/** A text with its placeholders filled in, as the screen shows it. */
function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`)
}

async function startWith(page: Page, lang: Lang, problem: 'cannotReceive' | 'cannotSend', target: string) {
  const p = new Person(page, lang)
  await p.start()
  await p.choose('problem', problem)
  await p.typeTarget(target)
  return p
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement
    return root.scrollWidth <= root.clientWidth
  })
}

/** No OVHcloud page offered, no OVHcloud host or name on the screen. */
async function expectNothingOfOvh(page: Page): Promise<void> {
  await expect(page.locator('a.external-link[href*="ovh"]')).toHaveCount(0)
  await expect(page.locator('main')).not.toContainText('ovh.net')
  await expect(page.locator('main')).not.toContainText('OVHcloud')
}

for (const lang of ['en', 'it'] as const) {
  const tree = resources[lang].tree
  const confirm = tree.nodes['provider-confirm']

  // Each story is walked once, in the language of its turn.
  for (const story of STORIES.filter((_, index) => languageOfTurn(index) === lang)) {
    test(`${story.name}: "is your mail at ${story.provider}?", then its questions and settings card (${lang})`, async ({
      open,
    }) => {
      const page = await open(lang)
      const p = await startWith(page, lang, 'cannotReceive', story.target)
      await expect(p.heading()).toHaveText(fill(confirm.title, { provider: story.provider }))
      await p.page.getByRole('button', { name: confirm.answers.yes.label }).click()
      if (story.paid) {
        await p.choose('offer-active', 'yes')
      } else {
        // A free mailbox has nothing to pay or renew: the next question is about webmail.
        await p.declineProgramsIfAsked('webmail-works')
        await expect(p.heading()).toHaveText(tree.nodes['webmail-works'].title)
      }
      await expectNothingOfOvh(page)
      await p.choose('webmail-works', 'yes')
      await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
      const discovery = resources[lang].discovery
      const card = page.getByRole('region', { name: tree.ui.settingsTitle })
      await expect(card).toContainText(discovery.card.provider.replace('{{provider}}', story.provider))
      const smtpRow = card.getByRole('row', { name: /SMTP/ })
      await expect(smtpRow).toContainText(story.smtp)
      await expect(smtpRow).toContainText(story.port)
      await expectNothingOfOvh(page)
      await expect(card.getByRole('heading', { name: discovery.compare.title })).toBeVisible()
      await expectNoSeriousAxeViolations(page)
      await keepScreenshot(page, {
        path: `e2e/screenshots/provider-${story.name}-${lang}.png`,
        fullPage: true,
      })
    })
  }

  if (languageOfTurn(0) === lang)
    test(`an Aruba domain: the question says what it was found from, and yes keeps Aruba's pages (${lang})`, async ({
      open,
    }) => {
      const page = await open(lang)
      await page.setViewportSize({ width: 480, height: 900 })
      const p = await startWith(page, lang, 'cannotReceive', 'negozio-aruba.test')
      await expect(p.heading()).toHaveText(fill(confirm.title, { provider: 'Aruba Hosting' }))
      const evidence = page.locator('details.provider-evidence')
      await evidence.locator('summary').focus()
      await page.keyboard.press('Enter')
      await expect(evidence).toContainText(fill(tree.provider.basis.mx, { hosts: 'mx.aruba.it' }))
      expect(await fitsWidth(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
      await p.shot('provider-confirm-aruba-480')
      await page.getByRole('button', { name: confirm.answers.yes.label }).focus()
      await page.keyboard.press('Enter')
      await expect(p.heading()).toHaveText(tree.nodes['offer-active'].title)
      await expect(page.locator('a.external-link[href^="https://admin.aruba.it/"]')).toHaveCount(1)
      await expectNothingOfOvh(page)
      await p.choose('offer-active', 'yes')
      await p.declineProgramsIfAsked('webmail-works')
      await expect(page.locator('a.external-link[href^="https://webmail.aruba.it/"]')).toHaveCount(1)
      await expectNothingOfOvh(page)
    })

  if (languageOfTurn(1) === lang)
    test(`an Aruba domain that cannot send reaches Aruba's settings card through the sending checks (${lang})`, async ({
      open,
    }) => {
      const page = await open(lang)
      const p = await startWith(page, lang, 'cannotSend', 'negozio-aruba.test')
      await expect(p.heading()).toHaveText(fill(confirm.title, { provider: 'Aruba Hosting' }))
      await page.getByRole('button', { name: confirm.answers.yes.label }).click()
      await p.choose('offer-active', 'yes')
      await p.choose('send-symptom', 'nothing')
      await p.skipLogin()
      await p.choose('webmail-works', 'yes')
      await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
      const card = page.getByRole('region', { name: tree.ui.settingsTitle })
      await expect(card.getByRole('row', { name: /SMTP/ })).toContainText('smtps.aruba.it')
      await expect(page.locator('[data-check-id="smtp.submissions"]').first()).toHaveAttribute(
        'data-status',
        'pass',
      )
      await expectNothingOfOvh(page)
      await p.shot('provider-aruba-send')
    })

  if (languageOfTurn(2) === lang)
    test(`"I do not know": the wizard says what the records show, or that they could not tell (${lang})`, async ({
      open,
    }) => {
      const page = await open(lang)
      const found = tree.nodes['provider-found']
      const p = await startWith(page, lang, 'cannotReceive', 'negozio-aruba.test')
      await expect(p.heading()).toHaveText(fill(confirm.title, { provider: 'Aruba Hosting' }))
      await page.getByRole('button', { name: confirm.answers.no.label }).click()
      await p.choose('offer', 'unknown')
      await expect(p.heading()).toHaveText(found.title)
      await expect(page.locator('.lead')).toHaveText(fill(found.lead, { provider: 'Aruba Hosting' }))
      await page.locator('details.provider-evidence summary').click()
      await expect(page.locator('details.provider-evidence')).toContainText('mx.aruba.it')
      await expectNoSeriousAxeViolations(page)
      await p.shot('provider-found-aruba')
      await p.choose('provider-found', 'continue')
      await expect(p.heading()).toHaveText(tree.nodes['offer-active'].title)

      // A domain whose mail servers name no provider we know: no "is that right?", the list at once.
      await page.getByRole('button', { name: resources[lang].common.action.back }).click()
      await page.getByRole('button', { name: resources[lang].common.action.back }).click()
      await page.getByRole('button', { name: resources[lang].common.action.back }).click()
      await page.getByRole('button', { name: resources[lang].common.action.back }).click()
      await p.typeTarget('wrong-mx.test')
      await p.choose('offer', 'unknown')
      await expect(page.locator('.lead')).toHaveText(found.leadNone)
      await expect(page.locator('details.provider-evidence')).toHaveCount(0)
      await p.shot('provider-found-none')
    })

  if (languageOfTurn(3) === lang)
    test(`a Microsoft 365 domain whose server answers 5.7.139 ends on modern sign-in, nothing of OVHcloud (${lang})`, async ({
      open,
    }) => {
      const page = await open(lang)
      const p = await startWith(page, lang, 'cannotSend', 'studio365.test')
      await expect(p.heading()).toHaveText(fill(confirm.title, { provider: 'Microsoft 365' }))
      await page.getByRole('button', { name: confirm.answers.yes.label }).click()
      await p.choose('offer-active', 'yes')
      await p.choose('send-symptom', 'error')
      const input = tree.nodes['send-error-input']
      await page
        .getByRole('textbox', { name: input.label })
        .fill('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.')
      await page.getByRole('button', { name: resources[lang].common.action.next }).click()
      await p.expectRemedy('use-modern-sign-in')
      await p.expectBecause('modernSignIn')
      const { t } = createI18n(lang)
      const card = page.locator('section.explanation')
      await expect(card).toContainText(t('knowledge:details.modernAuth.title'))
      // Never the generic login failure's causes: a blocked or suspended account.
      await expect(card).not.toContainText(t('knowledge:codes.c535.causes.1'))
      await expect(card).not.toContainText(t('knowledge:codes.c535.causes.2'))
      await expectNothingOfOvh(page)
      await expectNoSeriousAxeViolations(page)
      await p.shot('remedy-modern-sign-in-365')
    })
}

test('the comparison says each difference in plain words, and fits 480 px (it)', async ({ open }) => {
  const page = await open('it')
  await page.setViewportSize({ width: 480, height: 900 })
  const p = await startWith(page, 'it', 'cannotReceive', 'negozio-aruba.test')
  await p.provider('aruba')
  await p.choose('offer-active', 'yes')
  await p.choose('webmail-works', 'yes')
  const compare = resources.it.discovery.compare
  await page.getByRole('textbox', { name: compare.server }).first().fill('imap.aruba.it')
  await page.getByLabel(compare.port).nth(1).fill('25')
  await page.getByRole('textbox', { name: compare.user }).fill('mario')
  await page.getByRole('button', { name: compare.button }).click()
  const result = page.getByRole('status').filter({ hasText: 'imaps.aruba.it' })
  await expect(result).toContainText('Server in arrivo: hai imap.aruba.it, deve essere imaps.aruba.it.')
  await expect(result).toContainText('Porta in uscita: hai 25, deve essere 465.')
  expect(await fitsWidth(page)).toBe(true)
  await keepScreenshot(page.getByRole('region', { name: resources.it.tree.ui.settingsTitle }), {
    path: 'e2e/screenshots/provider-compare-480-it.png',
  })
})
