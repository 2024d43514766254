import { expect, expectNoSeriousAxeViolations, test } from './fixtures'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    welcome: 'Let’s find out what’s wrong with your email',
    start: 'Start',
    problem: 'What’s happening?',
    cannotSend: 'I can’t send email',
    domain: 'Which email address or domain is it about?',
    field: 'Email address or domain',
    check: 'Check',
    badChars: 'This domain contains characters that aren’t allowed',
    empty: 'Please type an email address or a domain.',
    understood: 'Domain understood: bücher.de',
    back: 'Back',
  },
  it: {
    welcome: 'Scopriamo insieme cosa non va con la tua posta',
    start: 'Inizia',
    problem: 'Che cosa succede?',
    cannotSend: 'Non riesco a inviare email',
    domain: 'Di quale indirizzo email o dominio si tratta?',
    field: 'Indirizzo email o dominio',
    check: 'Verifica',
    badChars: 'Il dominio contiene caratteri non ammessi',
    empty: 'Scrivi un indirizzo email o un dominio.',
    understood: 'Dominio riconosciuto: bücher.de',
    back: 'Indietro',
  },
} as const

for (const lang of ['en', 'it'] as const) {
  const text = TEXT[lang]

  test(`the first screens work by keyboard alone, in ${lang}`, async ({ open }) => {
    const page = await open(lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.welcome)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/welcome-${lang}.png`, fullPage: true })

    await page.getByRole('button', { name: text.start }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.problem)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/problem-${lang}.png`, fullPage: true })

    await page.getByRole('button', { name: text.cannotSend }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.domain)

    const field = page.getByRole('textbox', { name: text.field })
    await field.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toHaveText(text.empty)
    await expect(field).toHaveAttribute('aria-invalid', 'true')

    await field.fill('exa mple.it')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toContainText(text.badChars)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/domain-error-${lang}.png`, fullPage: true })

    await field.fill('mario@bücher.de')
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-check-id="input.domain"]')).toContainText(text.understood)
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/results-${lang}.png`, fullPage: true })

    await page.getByRole('button', { name: text.back }).click()
    await expect(page.getByRole('textbox', { name: text.field })).toHaveValue('mario@bücher.de')
  })
}

test('the language switch changes every text at once and the choice survives a reload', async ({ open }) => {
  const page = await open('en')
  await page.getByRole('button', { name: TEXT.en.start }).click()
  await page.getByRole('button', { name: TEXT.en.cannotSend }).click()
  await page.getByLabel('Language').selectOption('it')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.it.domain)
  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
  await page.getByRole('textbox', { name: TEXT.it.field }).fill('esempio.it')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.en.domain)
  await expect(page.getByRole('textbox', { name: TEXT.en.field })).toHaveValue('esempio.it')
})

test('the harness refuses requests without the token or with a foreign Host', async ({
  harness,
  request,
}) => {
  const base = harness.url.split('?')[0] ?? ''
  expect((await request.get(base)).status()).toBe(403)
  expect((await request.get(harness.url, { headers: { host: 'evil.example' } })).status()).toBe(421)
  expect((await request.get(harness.url)).status()).toBe(200)
})
