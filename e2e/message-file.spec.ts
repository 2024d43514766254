import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type MsgReader from '@kenjiuno/msgreader'
import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { expect, expectNoSeriousAxeViolations, test } from './fixtures'
import { person } from './person'
import { keepScreenshot } from './screenshots'

type Lang = 'it' | 'en'

/** A message as a person forwards it to support: their note, and the message attached. */
function forwarded(message: string): string {
  return [
    'From: Mario <mario@example.it>',
    'Subject: Fwd: guarda qui',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="fwd"',
    '',
    '--fwd',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Puoi guardare?',
    '--fwd',
    'Content-Type: message/rfc822',
    '',
    message,
    '--fwd--',
    '',
  ].join('\r\n')
}

/** The transport headers Outlook kept in a .msg (what File › Properties shows), as @kenjiuno/msgreader gives them. */
async function outlookHeaders(bytes: Buffer): Promise<string> {
  const loaded = (await import('@kenjiuno/msgreader')) as unknown as { default: { default?: unknown } }
  const Reader = (loaded.default.default ?? loaded.default) as typeof MsgReader
  const headers = new Reader(new Uint8Array(bytes).buffer).getFileData().headers
  if (!headers) throw new Error('the fixture has no transport headers')
  return headers
}

/** Opens a file with the “Open file…” button, pressed from the keyboard. */
async function openFile(page: Page, lang: Lang, file: { name: string; mimeType: string; buffer: Buffer }) {
  const button = page.getByRole('button', { name: resources[lang].common.messageFile.open })
  const chooser = page.waitForEvent('filechooser')
  // Focus and Enter in one action on the button as it is then: a re-render between a separate
  // focus() and a keyboard press left the Enter on the page, and no picker opened (1 run in 8).
  await button.press('Enter')
  await (await chooser).setFiles(file)
}

test.describe('a message as a file, on the bounce and headers screens', () => {
  test('a bounce forwarded as an attachment, opened from the keyboard, reads as the paste does (en)', async ({
    open,
  }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    const bounce = await readFile(join('shared', 'bounce', 'corpus', 'exchange-it-mailbox-full.eml'), 'utf8')
    await openFile(p.page, 'en', {
      name: 'Fwd bounce.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(forwarded(bounce)),
    })
    await expect(p.page.locator('.message-file [role="status"]')).toHaveText(
      'Read from “Fwd bounce.eml”. Check the text, then continue.',
    )
    const field = p.page.getByRole('textbox', { name: resources.en.tree.nodes['bounce-input'].label })
    await expect(field).toHaveValue(/Fwd: guarda qui/)
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/bounce-file-loaded-en.png', fullPage: true })
    await p.page.getByRole('button', { name: resources.en.common.action.next }).click()
    await p.expectRemedy('recipient-full')
  })

  test('an Italian delay notice saved in ISO-8859-1 opens with its accents and is read as a warning (it)', async ({
    open,
  }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    const notice = [
      'From: Mail Delivery System <MAILER-DAEMON@mail.healthy.test>',
      'Subject: Notifica di stato del recapito',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Il messaggio per <mario.rossi@healthy.test> non è stato ancora consegnato.',
      'Il sistema continuerà a provare per altri 4 giorni: non serve inviarlo di nuovo.',
      '',
    ].join('\r\n')
    await openFile(p.page, 'it', {
      name: 'ritardo.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(notice, 'latin1'),
    })
    const field = p.page.getByRole('textbox', { name: resources.it.tree.nodes['bounce-input'].label })
    await expect(field).toHaveValue(/non è stato ancora consegnato/)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/bounce-file-latin1-it.png', fullPage: true })
    await p.page.getByRole('button', { name: resources.it.common.action.next }).click()
    await p.expectRemedy('retry-later')
    await p.expectBecause('stillTrying')
  })

  test('a list robot’s refusal saved from the mail program reads as the list’s rule, with the list’s advice (it)', async ({
    open,
  }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    const file = join(
      'shared',
      'bounce',
      'fixtures',
      'generated-sympa-lists',
      'sympa-it-nonmember-rejected.eml',
    )
    await openFile(p.page, 'it', {
      name: 'rifiuto.eml',
      mimeType: 'message/rfc822',
      buffer: await readFile(file),
    })
    await p.page.getByRole('button', { name: resources.it.common.action.next }).click()
    await p.expectRemedy('bounce-explained')
    const card = p.page.locator('.explanation')
    await expect(card).toContainText(resources.it.knowledge.details.listRefusedPost.title)
    await expect(card).toContainText(resources.it.knowledge.steps.postFromSubscribedAddress)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/bounce-file-list-robot-it.png', fullPage: true })
  })

  test('a real Outlook .msg opened on the headers screen gives the same timeline as pasting its headers, at 480 px (it)', async ({
    open,
  }) => {
    const page = await open('it')
    await page.setViewportSize({ width: 480, height: 900 })
    const { tree, common, input, headers } = resources.it
    const choose = (label: string) => page.getByRole('button', { name: label, exact: false }).first().click()
    await page.getByRole('button', { name: common.action.start }).click()
    await choose(tree.nodes.problem.answers.late.label)
    await page.getByRole('textbox', { name: input.domain.label }).fill('healthy.test')
    await page.getByRole('button', { name: common.action.check }).click()
    const { Person } = await import('./person')
    await new Person(page, 'it').provider('ovh-mxplan')
    await choose(tree.nodes['offer-active'].answers.yes.label)
    await choose(tree.nodes['headers-role'].answers.recipient.label)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headers.screen.title)
    const bytes = await readFile(join('shared', 'message-file', 'fixtures', 'Attach sample eml received.msg'))
    await openFile(page, 'it', {
      name: 'ricevuto.msg',
      mimeType: 'application/vnd.ms-outlook',
      buffer: bytes,
    })
    await expect(page.locator('.message-file [role="status"]')).toHaveText(
      common.messageFile.loaded.replace('{{name}}', 'ricevuto.msg'),
    )
    await page.getByRole('button', { name: headers.screen.read }).click()
    const hops = page.locator('[data-chart="headers-timeline"] > li')
    await expect(hops.first()).toBeVisible()
    const fromFile = await hops.allTextContents()
    expect(fromFile.length).toBeGreaterThan(0)
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return root.scrollWidth - root.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: 'e2e/screenshots/headers-file-msg-480-it.png', fullPage: true })
    // The same headers as a person copies them from Outlook, read here by the library itself.
    await page.getByRole('button', { name: common.action.back }).click()
    await page.getByRole('textbox', { name: headers.screen.label }).fill(await outlookHeaders(bytes))
    await page.getByRole('button', { name: headers.screen.read }).click()
    await expect(hops).toHaveText(fromFile)
  })

  test('a forwarded message dropped on the headers field gives the same timeline as its paste (en)', async ({
    open,
  }) => {
    const page = await open('en')
    const { tree, common, input, headers } = resources.en
    const choose = (label: string) => page.getByRole('button', { name: label, exact: false }).first().click()
    await page.getByRole('button', { name: common.action.start }).click()
    await choose(tree.nodes.problem.answers.late.label)
    await page.getByRole('textbox', { name: input.domain.label }).fill('healthy.test')
    await page.getByRole('button', { name: common.action.check }).click()
    const { Person } = await import('./person')
    await new Person(page, 'en').provider('ovh-mxplan')
    await choose(tree.nodes['offer-active'].answers.yes.label)
    await choose(tree.nodes['headers-role'].answers.sender.label)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headers.screen.title)
    const message = await readFile(join('shared', 'headers', 'corpus', 'gmail-from-ovh.eml'), 'utf8')
    const dataTransfer = await page.evaluateHandle((text) => {
      /** The browser's own classes, named here because the e2e code is typed without the DOM library. */
      const browser = globalThis as unknown as {
        DataTransfer: new () => { items: { add: (file: unknown) => void } }
        File: new (parts: string[], name: string, options: { type: string }) => unknown
      }
      const transfer = new browser.DataTransfer()
      transfer.items.add(new browser.File([text], 'forwarded.eml', { type: 'message/rfc822' }))
      return transfer
    }, forwarded(message))
    await page.getByRole('textbox', { name: headers.screen.label }).dispatchEvent('drop', { dataTransfer })
    await expect(page.locator('.message-file [role="status"]')).toHaveText(
      'Read from “forwarded.eml”. Check the text, then continue.',
    )
    await page.getByRole('button', { name: headers.screen.read }).click()
    const hops = page.locator('[data-chart="headers-timeline"] > li')
    await expect(hops).toHaveCount(5)
    await expect(hops.nth(3)).toContainText('after 27 min 11 s')
  })
})
