import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { look } from './mailbox-look'
import { person, type Lang } from './person'
import { dovecotUnavailable } from './servers/dovecot'
import { WORLD_LOGIN, WORLD_MESSAGES } from './servers/wizard-world'
import { keepScreenshot } from './screenshots'

const NUMBERS = {
  roomy: { it: /^Quota: 0 MB usati su 100 MB \(0%\)\.$/, en: /^Quota: 0 MB of 100 MB used \(0%\)\.$/ },
  full: {
    it: /^Quota: 2\d KB usati su 20 KB \(1\d\d%\)\.$/,
    en: /^Quota: 2\d KB of 20 KB used \(1\d\d%\)\.$/,
  },
} as const

/** The folder table's caption: the look's five folders (INBOX, Junk, Trash, Sent, Fornitori). */
function folderCaption(lang: Lang): string {
  return resources[lang].report.staff.mailboxFolders.replace('{{count}}', '5')
}

/** Turns the call view on with its keyboard shortcut and returns the mailbox panel, by its name. */
async function callViewPanel(page: Page, lang: Lang) {
  const staff = resources[lang].report.staff
  await page.keyboard.press('Alt+Shift+V')
  await openStaffMenu(page)
  await expect(page.getByRole('button', { name: staff.callView })).toHaveAttribute('aria-pressed', 'true')
  return page.getByRole('region', { name: staff.mailboxTitle })
}

/** From the notes, the staff column's first field, Tab reaches the folder table: keyboard reachable. */
async function tabToFolders(page: Page, lang: Lang): Promise<void> {
  const folders = page.getByRole('region', { name: folderCaption(lang) })
  await page.getByRole('textbox', { name: resources[lang].report.notes.label }).focus()
  for (let presses = 0; presses < 30; presses += 1) {
    if (await folders.evaluate((element) => element === element.ownerDocument.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(folders).toBeFocused()
}

/** The call view shows staff what the mailbox look saw: quota, folders with counts, the message found. */
test.describe('the call view shows the mailbox look', () => {
  test.beforeEach(({ world }) => {
    // The wizard's whole path and a real IMAP login before the call view: slow on a busy machine.
    test.setTimeout(180_000)
    test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
  })

  for (const lang of ['it', 'en'] as const) {
    const staff = resources[lang].report.staff
    test(`quota in readable units, every folder with its use and count, and where the message was (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('spam', 'ovh-mxplan', WORLD_LOGIN.user)
      await p.choose('headers-role', 'recipient')
      await look(p, WORLD_LOGIN.user, 'Studio Verdi')
      await p.expectRemedy('arrived-in-spam')
      await p.page.setViewportSize({ width: 1280, height: 900 })
      const panel = await callViewPanel(p.page, lang)

      await expect(panel.locator('[data-mailbox="quota"]')).toHaveText(NUMBERS.roomy[lang])
      const table = panel.getByRole('table', { name: folderCaption(lang) })
      // Roles in words, never the server's flags (\Junk).
      const roles = staff.folderRoles
      const rows = {
        INBOX: [roles.inbox, '0'],
        Junk: [roles.junk, '1'],
        Trash: [roles.trash, '0'],
        Sent: [roles.sent, '0'],
        Fornitori: ['—', '1'],
      }
      for (const [name, [use, count]] of Object.entries(rows))
        await expect(table.getByRole('row', { name: new RegExp(`^${name} `) })).toHaveText(
          [name, use, count].join(''),
        )

      const { subject, folder } = WORLD_MESSAGES.inSpam
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
        staff.mailboxFind.replace('{{text}}', 'Studio Verdi'),
      )
      const found = panel.locator('[data-mailbox="found"] li')
      await expect(found).toHaveCount(1)
      await expect(found).toContainText(`${folder}: ${lang === 'it' ? `«${subject}»` : `“${subject}”`}`)
      await expect(found).toContainText('fatture@verdi.example')
      // The date in the person's language, not as the Date header writes it.
      await expect(found).not.toContainText(/[+-]\d{4}/)

      await tabToFolders(p.page, lang)
      await expectNoSeriousAxeViolations(p.page)
      await panel.scrollIntoViewIfNeeded()
      await keepScreenshot(p.page, { path: `e2e/screenshots/call-view-mailbox-${lang}.png` })
      await p.page.setViewportSize({ width: 480, height: 900 })
      // No horizontal scroll at 480 px: the page is exactly as wide as the window.
      await expect(p.page.locator('html')).toHaveJSProperty('scrollWidth', 480)
      await expect(panel).toBeVisible()
      await expectNoSeriousAxeViolations(p.page)
      await keepScreenshot(panel, { path: `e2e/screenshots/call-view-mailbox-480-${lang}.png` })
    })

    test(`a full mailbox: the quota over its limit in KB, not bytes (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.full)
      await look(p, WORLD_LOGIN.full, null)
      await p.expectRemedy('mailbox-full')
      const panel = await callViewPanel(p.page, lang)
      await expect(panel.locator('[data-mailbox="quota"]')).toHaveText(NUMBERS.full[lang])
      await expect(panel.getByRole('row', { name: /^INBOX / })).toHaveText(`INBOX${staff.folderRoles.inbox}1`)
    })
  }
})
