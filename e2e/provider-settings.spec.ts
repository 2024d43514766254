import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { expect, expectNoSeriousAxeViolations, test } from './fixtures'

type Lang = 'it' | 'en'

/** Each story: the address typed, and what the settings card must show for it. */
const STORIES = [
  {
    name: 'aruba',
    target: 'negozio-aruba.test',
    provider: 'Aruba Hosting',
    smtp: 'smtps.aruba.it',
    port: '465',
  },
  {
    name: 'libero',
    target: 'mario.rossi@libero.it',
    provider: 'Italiaonline Libero Mail',
    smtp: 'smtp.libero.it',
    port: '465',
  },
  {
    name: 'microsoft365',
    target: 'studio365.test',
    provider: 'Microsoft 365',
    smtp: 'smtp.office365.com',
    port: '587',
  },
  {
    name: 'google-workspace',
    target: 'ditta-workspace.test',
    provider: 'Google Workspace',
    smtp: 'smtp.gmail.com',
    port: '465',
  },
] as const

async function walkToSettings(page: Page, lang: Lang, target: string): Promise<void> {
  const tree = resources[lang].tree
  const click = (label: string) => page.getByRole('button', { name: label, exact: false }).first().click()
  await page.getByRole('button', { name: resources[lang].common.action.start }).click()
  await click(tree.nodes.problem.answers.cannotReceive.label)
  await click(tree.nodes.offer.answers.unknown.label)
  await page.getByRole('textbox', { name: resources[lang].input.domain.label }).fill(target)
  await page.getByRole('button', { name: resources[lang].common.action.check }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tree.nodes['offer-active'].title)
  await click(tree.nodes['offer-active'].answers.yes.label)
  await click(tree.nodes['webmail-works'].answers.yes.label)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    resources[lang].remedy['client-settings'].title,
  )
}

for (const lang of ['en', 'it'] as const) {
  for (const story of STORIES) {
    test(`${story.name}: the wizard ends on that provider's settings card (${lang})`, async ({ open }) => {
      const page = await open(lang)
      await walkToSettings(page, lang, story.target)
      const discovery = resources[lang].discovery
      const card = page.getByRole('region', { name: resources[lang].tree.ui.settingsTitle })
      await expect(card).toContainText(discovery.card.provider.replace('{{provider}}', story.provider))
      const smtpRow = card.getByRole('row', { name: /SMTP/ })
      await expect(smtpRow).toContainText(story.smtp)
      await expect(smtpRow).toContainText(story.port)
      await expect(card).not.toContainText('ovh.net')
      await expect(page.locator('a.external-link[href*="ovh"]')).toHaveCount(0)
      await expect(card.getByRole('heading', { name: discovery.compare.title })).toBeVisible()
      await expectNoSeriousAxeViolations(page)
      await page.screenshot({ path: `e2e/screenshots/provider-${story.name}-${lang}.png`, fullPage: true })
    })
  }
}

test('the comparison says each difference in plain words, and fits 480 px (it)', async ({ open }) => {
  const page = await open('it')
  await page.setViewportSize({ width: 480, height: 900 })
  await walkToSettings(page, 'it', 'negozio-aruba.test')
  const compare = resources.it.discovery.compare
  await page.getByRole('textbox', { name: compare.server }).first().fill('imap.aruba.it')
  await page.getByLabel(compare.port).nth(1).fill('25')
  await page.getByRole('textbox', { name: compare.user }).fill('mario')
  await page.getByRole('button', { name: compare.button }).click()
  const result = page.getByRole('status').filter({ hasText: 'imaps.aruba.it' })
  await expect(result).toContainText('Server in arrivo: hai imap.aruba.it, deve essere imaps.aruba.it.')
  await expect(result).toContainText('Porta in uscita: hai 25, deve essere 465.')
  const fits = await page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement
    return root.scrollWidth <= root.clientWidth
  })
  expect(fits).toBe(true)
  await page
    .getByRole('region', { name: resources.it.tree.ui.settingsTitle })
    .screenshot({ path: 'e2e/screenshots/provider-compare-480-it.png' })
})
