import type { Page } from '@playwright/test'
import { knownSession } from '../shared/report-export/fixture'
import type { SessionOutcome } from '../shared/session'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    history: 'History',
    domainFilter: 'Domain contains',
    outcomeFilter: 'Outcome',
    domainColumn: 'Domain',
    solved: 'Solved',
    openAtRemedy: 'Not finished: remedy shown, not yet confirmed',
    openBeforeRemedy: 'Not finished: stopped before a remedy',
    problem: 'I can’t send email',
  },
  it: {
    history: 'Storico',
    domainFilter: 'Il dominio contiene',
    outcomeFilter: 'Esito',
    domainColumn: 'Dominio',
    solved: 'Risolto',
    openAtRemedy: 'Non concluso: soluzione mostrata, non ancora confermata',
    openBeforeRemedy: 'Non concluso: interrotto prima di una soluzione',
    problem: 'Non riesco a inviare email',
  },
} as const

/** The little of the browser the spec reaches into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  maildoctor: { historySave: (record: unknown) => Promise<{ ok: boolean }> }
}

async function save(page: Page, id: string, domain: string, outcome: SessionOutcome, remedy: boolean) {
  const session = knownSession()
  session.id = id
  session.outcome = outcome
  session.remedyId = remedy ? 'fix-mx' : null
  session.report.target = { input: domain, domain, domainUnicode: domain }
  const result = await page.evaluate(
    (record) => (globalThis as unknown as BrowserGlobals).maildoctor.historySave(record),
    session,
  )
  expect(result.ok).toBe(true)
}

for (const lang of ['en', 'it'] as const) {
  const text = TEXT[lang]

  test(`history: local times, problem and remedy columns, sorted and filtered by domain and outcome, in ${lang}`, async ({
    open,
  }) => {
    const page = await open(lang)
    await save(page, `h-${lang}-b`, `beta-${lang}.sortme.test`, 'solved', true)
    await save(page, `h-${lang}-a`, `alpha-${lang}.sortme.test`, 'open', true)
    await save(page, `h-${lang}-c`, `gamma-${lang}.sortme.test`, 'open', false)
    await openStaffMenu(page)
    await page.getByRole('button', { name: text.history }).click()
    await page.getByRole('searchbox', { name: text.domainFilter }).fill(`-${lang}.sortme`)
    const rows = page.locator('tbody tr')
    await expect(rows).toHaveCount(3)
    // Newest first by default: the order they were saved in, reversed.
    await expect(rows.nth(0)).toContainText(`gamma-${lang}`)
    await expect(rows.nth(0)).toContainText(text.openBeforeRemedy)
    await expect(rows.nth(1)).toContainText(text.openAtRemedy)
    await expect(rows.nth(1)).toContainText(text.problem)
    await expect(rows.nth(0).locator('time')).not.toContainText('UTC')

    await page.getByRole('button', { name: text.domainColumn, exact: true }).click()
    await expect(rows.nth(0)).toContainText(`alpha-${lang}`)
    await expect(rows.nth(2)).toContainText(`gamma-${lang}`)
    await expect(page.getByRole('columnheader', { name: text.domainColumn })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await page.getByRole('button', { name: text.domainColumn, exact: true }).click()
    await expect(rows.nth(0)).toContainText(`gamma-${lang}`)

    await page.getByRole('combobox', { name: text.outcomeFilter }).selectOption('solved')
    await expect(rows).toHaveCount(1)
    await expect(rows.nth(0)).toContainText(`beta-${lang}`)
    await expect(rows.nth(0)).toContainText(text.solved)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/history-filtered-${lang}.png`, fullPage: true })
  })
}
