import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { KNOWN_PASSWORD, knownSession } from '../shared/report-export/fixture'
import type { SessionRecord } from '../shared/session'
import { DECISION_TREE } from '../shared/tree/decision-tree'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { Person } from './person'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    start: 'Start',
    cannotSend: 'I can’t send email',
    offerActive: 'Is your email service paid up and active?',
    check: 'Check',
    copy: 'Copy report (Markdown)',
    copied: 'Copied: it is on the clipboard, ready to paste.',
    callView: 'Call view',
    notes: 'Notes for the report',
    history: 'History',
    historyTitle: 'Past sessions',
    shortcutsTitle: 'Keyboard shortcuts',
    evidence: 'Show the evidence',
    shareSafely: 'Share safely (hide the part before the @ and the IP addresses)',
    html: 'Save as HTML',
    json: 'Save as JSON',
    pdf: 'Save as PDF',
    pdfUnavailable: 'PDF is made by the desktop app',
    runAgain: 'Check again',
    welcome: 'Let’s find out what’s wrong with your email',
    automatic: 'automatic, done',
    registrationDecided: 'decided by: healthy.test is registered until 2030-01-01 — All good',
    savedDecided: 'decided by: The domain couldn’t be read — Worth a look',
    decidedInReport:
      '“Domain registration (checked automatically)” went on to “Who runs the mail (checked automatically)”',
  },
  it: {
    start: 'Inizia',
    cannotSend: 'Non riesco a inviare email',
    offerActive: 'Il tuo servizio di posta è pagato e attivo?',
    check: 'Verifica',
    copy: 'Copia il rapporto (Markdown)',
    copied: 'Copiato: è negli appunti, pronto da incollare.',
    callView: 'Vista chiamata',
    notes: 'Note per il rapporto',
    history: 'Storico',
    historyTitle: 'Sessioni passate',
    shortcutsTitle: 'Scorciatoie da tastiera',
    evidence: 'Mostra i dati raccolti',
    shareSafely: 'Condividi in modo sicuro (nascondi la parte prima della @ e gli indirizzi IP)',
    html: 'Salva in HTML',
    json: 'Salva in JSON',
    pdf: 'Salva in PDF',
    pdfUnavailable: 'Il PDF lo crea l’app desktop',
    runAgain: 'Verifica di nuovo',
    welcome: 'Scopriamo insieme cosa non va con la tua posta',
    automatic: 'automatico, fatto',
    registrationDecided: 'deciso da: healthy.test è registrato fino al 2030-01-01 — Tutto a posto',
    savedDecided: 'deciso da: Non è stato possibile leggere il dominio — Da controllare',
    decidedInReport:
      '«Registrazione del dominio (verificata in automatico)» ha portato a «Chi gestisce la posta (verificato in automatico)»',
  },
} as const

/** Runs the wizard up to the results for an address, by keyboard. */
async function checkAddress(page: Page, lang: 'en' | 'it', input: string): Promise<void> {
  const text = TEXT[lang]
  await page.getByRole('button', { name: text.start }).click()
  const person = new Person(page, lang)
  await person.choose('problem', 'cannotSend')
  await person.typeTarget(input)
  await person.provider('unknown')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.offerActive)
  await expect(page.locator('[data-check-id="input.domain"]')).toHaveCount(1)
  await expect(page.getByRole('button', { name: text.copy })).toHaveCount(0)
}

/** The little of the browser the spec reaches into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  navigator: { clipboard: { readText: () => Promise<string>; writeText: (text: string) => Promise<void> } }
  maildoctor: { historySave: (record: unknown) => Promise<{ ok: boolean }> }
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText())
}

async function saveThroughApi(page: Page, session: SessionRecord): Promise<void> {
  const result = await page.evaluate(
    (record) => (globalThis as unknown as BrowserGlobals).maildoctor.historySave(record),
    session,
  )
  expect(result.ok).toBe(true)
}

/** Removes everything inside `dir`, leaving the folder itself. */
async function emptyDirectory(dir: string): Promise<void> {
  for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true })
}

async function filesUnder(dir: string): Promise<string> {
  const names = await readdir(dir)
  return (await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')))).join('\n')
}

for (const lang of ['en', 'it'] as const) {
  const text = TEXT[lang]

  test(`copy the report with one click, notes included, call view and help by keyboard, in ${lang}`, async ({
    open,
    context,
  }) => {
    test.slow() // a whole check, the call view, two copies and the help: over a minute on a loaded machine
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = await open(lang)
    await checkAddress(page, lang, 'mario.rossi@healthy.test')

    await page.keyboard.press('Alt+Shift+V')
    await openStaffMenu(page)
    await expect(page.getByRole('button', { name: text.callView })).toHaveAttribute('aria-pressed', 'true')
    await page
      .getByRole('textbox', { name: text.notes })
      .fill('Customer on the phone; tried webmail from 203.0.113.9')
    await page.locator('[data-check-id="input.domain"]').getByText(text.evidence).click()
    await expect(page.locator('[data-evidence-for="input.domain"] pre').first()).toContainText(
      '"localPart": "mario.rossi"',
    )
    await expect(page.locator('svg[data-chart="whole"]')).toHaveAttribute('role', 'img')
    // The automatic step the wizard took after the address shows the finding that decided it.
    const map = page.locator('.tree-map')
    await expect(map.locator('[data-node-id="registration"]')).toContainText(text.automatic)
    await expect(map.locator('[data-decided-for="registration"]')).toContainText(text.registrationDecided)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/call-view-${lang}.png`, fullPage: true })

    // The report for the ticket sits in the staff's column, with the notes.
    await page.locator('.call-view-notes').getByRole('button', { name: text.copy }).click()
    await expect(page.getByRole('status').filter({ hasText: text.copied })).toBeVisible()
    const markdown = await clipboardText(page)
    expect(markdown).toContain('healthy.test')
    expect(markdown).toContain('Customer on the phone; tried webmail from 203.0.113.9')
    expect(markdown.indexOf('Customer on the phone')).toBeLessThan(markdown.lastIndexOf('\n## '))
    const decided = markdown.slice(0, markdown.indexOf('Customer on the phone'))
    expect(decided).toContain(text.decidedInReport)
    expect(decided).toContain(text.registrationDecided)

    await page.getByRole('checkbox', { name: text.shareSafely }).check()
    await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.writeText(''))
    await page.keyboard.press('Alt+Shift+C')
    await expect.poll(() => clipboardText(page)).toContain('\\*\\*\\*@healthy.test')
    const safe = await clipboardText(page)
    expect(safe).not.toContain('mario')
    expect(safe).not.toContain('203.0.113.9')

    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: text.shortcutsTitle })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Alt+Shift+R')
    await expect(dialog).toContainText('Alt+Shift+C')
    await expect(dialog).toContainText('Alt+Shift+V')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/shortcuts-${lang}.png` })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(dialog.locator(':focus')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    await page.keyboard.press('Alt+Shift+R')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.welcome)
  })

  test(`history: a saved session with probe timings is listed, reopened read only with its chart, exported and deleted, in ${lang}`, async ({
    open,
    harness,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = await open(lang)
    const session = knownSession()
    session.id = `known-${lang}`
    await saveThroughApi(page, session)
    await openStaffMenu(page)
    await page.getByRole('button', { name: text.history }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.historyTitle)
    const row = page.locator(`tr[data-session-id="known-${lang}"]`)
    await expect(row).toContainText('example.it')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/history-${lang}.png`, fullPage: true })

    await row.getByRole('button').first().click()
    const chart = page.locator('svg[data-chart="probes"]')
    await expect(chart).toHaveAttribute('role', 'img')
    await expect(chart).toHaveAttribute(
      'aria-label',
      /smtp\.submission · smtp\.mail\.example\.net:587: 1260 ms/,
    )
    await expect(chart.locator('rect[data-phase]')).toHaveCount(7)
    await expect(chart.locator('rect[data-phase="auth"]')).toHaveCount(1)
    await expect(page.getByText(knownSession().notes.split('\n')[0] ?? '')).toBeVisible()
    await expect(page.locator('.session-path')).toContainText(text.savedDecided)
    await expect(page.getByRole('textbox', { name: text.notes })).toHaveCount(0)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/session-${lang}.png`, fullPage: true })

    const exports: string[] = []
    for (const name of [text.html, text.json]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ])
      exports.push(await readFile((await download.path()) ?? '', 'utf8'))
    }
    expect(exports[0]).toMatch(/^<!doctype html>/)
    expect(exports[0]).toContain('+330 ms C: AUTH PLAIN ***')
    expect(JSON.parse(exports[1] ?? '')).toMatchObject({ sessionId: `known-${lang}`, outcome: 'unsolved' })
    await page.getByRole('button', { name: text.copy }).click()
    await expect(page.getByRole('status').filter({ hasText: text.copied })).toBeVisible()
    exports.push(await clipboardText(page))
    expect(exports[2]).toContain('smtp.mail.example.net:587')
    await page.getByRole('button', { name: text.pdf }).click()
    await expect(page.getByRole('status').filter({ hasText: text.pdfUnavailable })).toBeVisible()

    for (const exported of [...exports, await filesUnder(harness.historyDir)]) {
      expect(exported).not.toContain(KNOWN_PASSWORD)
      expect(exported).not.toContain(btoa(`\0mario.rossi@example.it\0${KNOWN_PASSWORD}`))
    }

    await page
      .getByRole('button', { name: lang === 'en' ? 'Back to the history' : 'Torna allo storico' })
      .click()
    await row.getByRole('button').nth(1).click()
    await page.getByRole('button', { name: lang === 'en' ? 'Yes, delete it' : 'Sì, eliminala' }).click()
    await expect(row).toHaveCount(0)
  })
}

test('a finished session is saved in the history by itself, reopened, and run again', async ({
  open,
  harness,
}) => {
  // The worker's other walks also save sessions for wrong-mx.test; this test counts its own.
  await emptyDirectory(harness.historyDir)
  const page = await open('en')
  await checkAddress(page, 'en', 'anna@wrong-mx.test')
  await page.keyboard.press('Alt+Shift+V')
  await page.getByRole('textbox', { name: TEXT.en.notes }).fill('Checked during the call')
  await expect(page.getByText('Saved in the history.')).toBeVisible()
  await expect
    .poll(async () => (await filesUnder(harness.historyDir)).includes('Checked during the call'))
    .toBe(true)

  await page.keyboard.press('Alt+Shift+H')
  const row = page.locator('tr', { hasText: 'wrong-mx.test' })
  await expect(row).toHaveCount(1)
  await row.getByRole('button', { name: /Open the session/ }).click()
  await expect(page.getByText('Checked during the call')).toBeVisible()
  await page.getByRole('button', { name: TEXT.en.runAgain }).click()
  // The walk starts again from the checks; wrong-mx.test's records name no provider, so it asks.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which email service do you use?')
  await expect(page.locator('[data-check-id="input.domain"]')).toBeVisible()

  await page.keyboard.press('Alt+Shift+H')
  await row
    .getByRole('button', { name: /Delete the session/ })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'No, keep it' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused()
  await expectNoSeriousAxeViolations(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'The session was deleted.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Past sessions' })).toBeFocused()
})

test('the call view shows the whole guide with the path taken, and jumps to any step (it)', async ({
  open,
}) => {
  const page = await open('it')
  await page.getByRole('button', { name: TEXT.it.start }).click()
  await page.getByRole('button', { name: TEXT.it.cannotSend }).click()
  await page.keyboard.press('Alt+Shift+V')
  const map = page.getByRole('region', { name: 'Tutta la guida' })
  await expect(map.locator('[data-node-id="problem"]')).toHaveAttribute('data-state', 'visited')
  await expect(map.locator('[data-node-id="target"]')).toHaveAttribute('aria-current', 'step')
  await expect(map.locator('button')).toHaveCount(Object.keys(DECISION_TREE.nodes).length)
  await expectNoSeriousAxeViolations(page)
  await keepScreenshot(page, { path: 'e2e/screenshots/tree-map-it.png', fullPage: true })

  await map.getByRole('button', { name: 'Vai a: Il dominio del destinatario non può ricevere posta' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Il dominio del destinatario non può ricevere posta',
  )
  await page.getByRole('button', { name: 'Indietro', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Di quale indirizzo email o dominio si tratta?',
  )
})
