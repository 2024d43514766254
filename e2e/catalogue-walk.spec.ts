import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { runCheck } from '../electron/engine'
import { resources } from '../shared/i18n'
import { providerDisplayName } from '../shared/knowledge/provider-catalogue'
import { identityOfRun, identitySummary, providerPages } from '../shared/knowledge/provider-identity'
import { expect, languageOfTurn, test } from './fixtures'
import { Person, type Lang } from './person'
import { walkStories, type WalkStory } from './servers/catalogue-walk'
import { keepScreenshot } from './screenshots'

/**
 * Every catalogue entry walked like a person, half of them in Italian and half in English (issue 20): the provider question
 * names it, the login step offers the test with the settings the card then shows, the card's links
 * are that provider's own pages, and the call view, the saved report and `check --json` (the same
 * engine and identity the CLI prints) name the same provider. A provider added to the catalogue is
 * walked by this spec too.
 */

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`)

/** Past the provider's questions: "is it X?" yes, then the service question its kind asks, if any. */
async function confirmProvider(p: Person, story: WalkStory, name: string): Promise<void> {
  const confirm = p.tree.nodes['provider-confirm']
  await expect(p.heading()).toHaveText(fill(confirm.title, { provider: name }))
  await p.page.getByRole('button', { name: confirm.answers.yes.label }).click()
  if (story.provider.kind === 'pec') await p.choose('pec-active', 'yes')
  else if (story.provider.kind !== 'free-webmail') await p.choose('offer-active', 'yes')
}

/** The SMTP host the card shows, or null when it says the settings are not known. */
async function cardSmtpHost(page: Page, lang: Lang): Promise<string | null> {
  const card = page.getByRole('region', { name: resources[lang].tree.ui.settingsTitle })
  const row = card.getByRole('row', { name: /SMTP/ })
  return (await row.count()) > 0 ? ((await row.locator('code').first().textContent()) ?? '') : null
}

async function savedHtmlReport(page: Page, lang: Lang): Promise<string> {
  await page.keyboard.press('Alt+Shift+V')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: resources[lang].report.panel.exportHtml }).click()
  return readFile(await (await download).path(), 'utf8')
}

/** The walks whose screens are kept as screenshots (a settings card with settings, one without). */
const SHOWN = new Set(['aruba-pec', 'register-it'])

// Each walk is independent: split them over the workers.
test.describe.configure({ mode: 'parallel' })

for (const [index, story] of walkStories().entries()) {
  const name = providerDisplayName(story.provider)
  const lang = languageOfTurn(index)
  test(`${story.provider.id}: ${name} is named, tested and linked alike everywhere (${lang})`, async ({
    open,
    world,
  }) => {
    const page = await open(lang)
    const p = new Person(page, lang)
    await p.start()
    await p.choose('problem', 'cannotSend')
    await p.typeTarget(story.target)
    await confirmProvider(p, story, name)
    await p.choose('send-symptom', 'nothing')

    // The login step: the test with the provider's outgoing server, or "unknown" exactly when the card says so.
    await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)
    const main = page.locator('main')
    const servers = page.locator('.login-servers')
    const loginKnows = (await servers.count()) > 0
    const loginText = loginKnows ? ((await servers.textContent()) ?? '') : ''
    if (!loginKnows) await expect(main).toContainText(p.tree.ui.settingsUnknown)
    if (SHOWN.has(story.provider.id)) await p.shot(`walk-${story.provider.id}-login`)
    await p.skipLogin()
    await p.choose('webmail-works', 'yes')
    await expect(p.heading()).toHaveText(resources[lang].remedy['client-settings'].title)
    const smtp = await cardSmtpHost(page, lang)
    expect(loginKnows, 'the login step offers the test exactly when the card has settings').toBe(
      smtp !== null,
    )
    if (smtp) expect(loginText).toContain(smtp)
    if (story.provider.client) expect(smtp).toBe(story.provider.client.smtp.host)

    // The card's links are the provider's own pages, each named for it.
    const own = providerPages(story.provider).map((link) => link.url)
    const hrefs = await page
      .locator('.settings-card a.external-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(new Set(hrefs)).toEqual(new Set(own))
    for (const href of hrefs)
      await expect(page.locator(`.settings-card a.external-link[href="${href}"]`)).toContainText(name)
    await expect(main).not.toContainText('{{')
    if (SHOWN.has(story.provider.id)) await p.shot(`walk-${story.provider.id}-card`)

    // The call view, the saved report and check --json name the same provider.
    const html = await savedHtmlReport(page, lang)
    await expect(page.locator('.call-view-provider')).toContainText(name)
    if (SHOWN.has(story.provider.id))
      await keepScreenshot(page.locator('.call-view-provider'), {
        path: `e2e/screenshots/walk-${story.provider.id}-call-view-${lang}.png`,
      })
    expect(html).toContain(name)
    expect(html).not.toContain('{{')
    const report = await runCheck(
      { runId: `walk-${story.provider.id}`, input: story.target, only: ['dns', 'discovery'] },
      world.engineOptions,
    )
    expect(identitySummary(identityOfRun(report.findings)).name).toBe(name)
  })
}
