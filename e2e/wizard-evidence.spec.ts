import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { ENGLISH, expect, expectNoSeriousAxeViolations, ITALIAN, test } from './fixtures'
import { startHarness, type Harness } from './harness/harness'
import { person, type Lang } from './person'
import { startOfflineWorld } from './servers/offline-world'
import { WORLD_LOGIN } from './servers/wizard-world'

/** The wizard's harness on a network where nothing answers (worker-scoped, like the world's). */
const offline = test.extend<{ openOffline: (lang: Lang) => Promise<Page> }, { offlineHarness: Harness }>({
  offlineHarness: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument
    async ({}, use) => {
      const world = await startOfflineWorld()
      const harness = await startHarness({ engineOptions: world.engineOptions })
      await use(harness)
      await harness.close()
      await world.close()
    },
    { scope: 'worker' },
  ],
  openOffline: async ({ page, offlineHarness }, use) => {
    await use(async (lang) => {
      await page.goto(`${offlineHarness.url}&lang=${lang}`)
      return page
    })
  },
})

const LANGS: Lang[] = ['en', 'it']

/** True when nothing on the page needs scrolling sideways. */
function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement
    return root.scrollWidth <= root.clientWidth
  })
}

for (const lang of ITALIAN) {
  offline(
    `offline: the person is told first, with what to try and "check again", never an MX remedy (${lang})`,
    async ({ openOffline }) => {
      const p = await person(openOffline, lang)
      await p.choose('problem', 'cannotReceive')
      await p.typeTarget('mario@healthy.test')
      await p.expectRemedy('offline')
      await p.expectBecause('offline')
      await expect(p.page.getByText(resources[lang].remedy['fix-mx'].title)).toHaveCount(0)
      await expect(p.page.getByRole('button', { name: p.tree.ui.solvedYes })).toHaveCount(0)
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('remedy-offline')
      await p.page.getByRole('button', { name: p.tree.recheck.button }).click()
      await p.expectRemedy('offline')
    },
  )

  offline(
    `offline while sending: no "server unreachable" verdict built on timeouts (${lang})`,
    async ({ openOffline }) => {
      const p = await person(openOffline, lang)
      await p.choose('problem', 'cannotSend')
      await p.typeTarget('mario@healthy.test')
      await p.expectRemedy('offline')
      await expect(p.page.getByText(resources[lang].remedy['sending-server-unreachable'].title)).toHaveCount(
        0,
      )
    },
  )
}

test.describe('evidence over answers', () => {
  for (const lang of ENGLISH)
    test(`a mistyped domain: "this domain does not exist", did you mean, and the corrected address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.choose('problem', 'cannotReceive')
      await p.typeTarget('mario@gmial.com')
      await p.expectRemedy('domain-not-found')
      await p.expectBecause('domainMissing', { domain: 'gmial.com' })
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'gmail.com'),
      )
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('remedy-domain-typo')
      await p.page
        .getByRole('button', { name: p.tree.target.useSuggestion.replace('{{domain}}', 'gmail.com') })
        .click()
      await expect(p.heading()).toHaveText(p.tree.nodes.target.title)
      await expect(p.page.getByRole('textbox', { name: resources[lang].input.domain.label })).toHaveValue(
        'mario@gmail.com',
      )
    })

  test('an accented domain that does not exist is named in Unicode, never as xn-- (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.choose('problem', 'cannotReceive')
    await p.typeTarget('mario@città.test')
    await p.expectRemedy('domain-not-found')
    await p.expectBecause('domainMissing', { domain: 'città.test' })
    await p.openWhy()
    await expect(p.page.locator('main')).toContainText('città.test')
    await expect(p.page.locator('main')).not.toContainText('xn--')
    await p.shot('remedy-domain-missing')
  })

  for (const [lang, typed, used] of [
    ['it', 'https://www.healthy.test/contatti', 'healthy.test'],
    ['en', 'www.healthy.test', 'healthy.test'],
    ['it', 'mailto:mario@healthy.test?subject=Aiuto', 'mario@healthy.test'],
    ['en', 'mailto:mario@healthy.test', 'mario@healthy.test'],
  ] as const)
    test(`"${typed}" is read as the mail domain, with a visible note (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.choose('problem', 'cannotReceive')
      await p.typeTarget(typed)
      await expect(p.heading()).toHaveText(
        p.tree.nodes['provider-confirm'].title.replace('{{provider}}', 'OVHcloud MX Plan'),
      )
      await expect(p.page.locator('.target-note')).toHaveText(
        p.tree.target.normalised.replace('{{domain}}', used),
      )
      await p.shot(typed.startsWith('mailto:') ? 'target-normalised-mailto' : 'target-normalised')
      await p.provider('ovh-mxplan')
      await expect(p.heading()).toHaveText(p.tree.nodes['offer-active'].title)
      await p.choose('offer-active', 'yes')
      await p.choose('webmail-works', 'no')
      await p.choose('incident', 'no')
      await p.expectRemedy('receive-elsewhere')
    })

  for (const lang of ITALIAN)
    test(`numeric addresses are refused with a clear message (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.choose('problem', 'cannotReceive')
      for (const typed of ['127.1', '0x7f.1', '0177.0.0.1', '1.2.3.4.5']) {
        await p.typeTarget(typed)
        await expect(p.page.locator('#target-error')).toHaveText(resources[lang].input.error['ip-literal'])
        await expect(p.heading()).toHaveText(p.tree.nodes.target.title)
      }
    })

  for (const lang of ENGLISH)
    test(`no MX at all and "I do not receive mail": fix the MX, without asking about webmail (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotReceive', 'other', 'no-mx.test')
      await p.expectRemedy('fix-mx')
      await p.expectBecause('mxMissing', { domain: 'no-mx.test' })
      await expect(p.page.getByText(p.tree.nodes['webmail-works'].title)).toHaveCount(0)
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('remedy-fix-mx-no-mx')
    })

  test('"I do not receive mail" with MX records of another provider: fix the MX, never "webmail works" (en)', async ({
    open,
  }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', 'wrong-mx.test')
    await p.expectRemedy('fix-mx', 'ovh-mxplan')
    await p.expectBecause('mxWrong', { domain: 'wrong-mx.test', provider: 'OVHcloud MX Plan' })
    await expect(p.page.getByText(p.tree.nodes['webmail-works'].title)).toHaveCount(0)
    await expect(p.page.getByText(resources.en.remedy['client-settings'].title)).toHaveCount(0)
    await p.openWhy()
    await expect(p.page.locator('.why [data-check-id="dns.mx.provider"]')).toContainText(
      'Add: MX 1 mx0.mail.ovh.net',
    )
    await expect(p.page.locator('.why')).not.toContainText('—')
    await p.shot('remedy-fix-mx-elsewhere')
  })

  for (const lang of ITALIAN)
    test(`SPF advice for a provider found from the MX names its include, never a bare "v=spf1 ~all" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.choose('problem', 'cannotReceive')
      await p.typeTarget('ditta-workspace.test')
      await p.provider('unknown')
      await expect(p.heading()).toHaveText(p.tree.nodes['offer-active'].title)
      const spf = p.page.locator('.findings-panel [data-check-id="dns.spf"]')
      await expect(spf).toBeHidden()
      await p.page.locator('.findings-panel summary').first().click()
      await expect(spf).toBeVisible()
      await expect(spf).toHaveAttribute('data-status', 'warn')
      await expect(spf).toContainText('v=spf1 include:_spf.google.com ~all')
      await expect(spf).not.toContainText('v=spf1 ~all')
    })

  test('webmail does not open but the mail servers answer: the webmail page, not the mail (it)', async ({
    open,
  }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('webmail', 'ovh-mxplan', 'healthy.test')
    await p.choose('webmail-problem', 'noPage')
    await p.choose('incident', 'no')
    await p.expectRemedy('webmail-page')
    await expect(p.page.getByText(resources.it.remedy['fix-mx'].title)).toHaveCount(0)
    await p.shot('remedy-webmail-page')
  })
})

for (const lang of ENGLISH)
  test(`"I cannot send" with a 535: the error is read, the login is tested, a refused login leads to the account, then to support (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.blocked)
    await p.choose('send-symptom', 'error')
    await expect(p.heading()).toHaveText(p.tree.nodes['send-error-input'].title)
    await p.page
      .getByRole('textbox', { name: p.tree.nodes['send-error-input'].label })
      .fill('535 5.7.8 Authentication credentials invalid')
    await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
    await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)
    await p.expectBecause('authFailed')
    const login = p.page.getByRole('region', { name: p.tree.login.title })
    await login.getByLabel(p.tree.login.password).fill('any-password')
    await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
    await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'fail')
    await p.shot('login-step-refused')
    await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
    await p.expectRemedy('account-refused')
    await p.expectBecause('loginRefused')
    await expect(p.page.getByRole('button', { name: resources[lang].report.panel.copy })).toHaveCount(0)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('remedy-account-refused')
    await p.notSolved()
    await expect(p.heading()).toHaveText(p.tree.ui.handoffTitle)
    await expect(p.page.getByRole('heading', { name: p.tree.ui.handoffHowTo })).toBeVisible()
    await expect(p.page.locator('.handoff-where a')).toBeVisible()
    // The person's hand-off: copy or save the summary, in plain words; the staff's report panel is not here.
    await expect(p.page.getByRole('button', { name: p.tree.ui.handoffCopy })).toBeVisible()
    await expect(p.page.getByRole('button', { name: p.tree.ui.handoffSave })).toBeVisible()
    await expect(p.page.getByRole('button', { name: resources[lang].report.panel.copy })).toHaveCount(0)
    await expect(p.page.getByRole('button', { name: resources[lang].report.panel.exportJson })).toHaveCount(0)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('handoff-send')
  })

for (const [lang, said] of [
  ['en', '534 5.7.8 Authentication credentials invalid'],
  ['it', '535 5.7.8 Authentication credentials invalid'],
] as const)
  test(`"I cannot send" with "${said.slice(0, 3)}" and the login test skipped: still the account, never an incident (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'error')
    await p.page.getByRole('textbox', { name: p.tree.nodes['send-error-input'].label }).fill(said)
    await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
    await p.skipLogin()
    await p.expectRemedy('account-refused')
    await p.expectBecause('authFailed')
    await expect(p.page.getByText(p.tree.nodes.incident.title)).toHaveCount(0)
  })

for (const lang of ITALIAN)
  test(`"I cannot send" with "530 5.7.0 Authentication Required": a sign-in the program never gave, so the program's setting, not the password (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'error')
    await p.page
      .getByRole('textbox', { name: p.tree.nodes['send-error-input'].label })
      .fill(
        '530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError',
      )
    await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
    await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)
    await p.expectBecause('relayDenied')
    await p.skipLogin()
    await p.choose('webmail-works', 'yes')
    await p.expectRemedy('client-settings')
    await expect(p.page.getByText(resources[lang].remedy['account-refused'].title)).toHaveCount(0)
    await p.shot('remedy-client-settings-auth-required')
  })

test.describe('the bounce step', () => {
  for (const lang of ITALIAN) {
    test(`a bare 5.7.1 is read as a code; Back keeps the pasted text (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
      await p.pasteBounce('5.7.1')
      await p.expectRemedy('bounce-explained')
      await expect(p.page.locator('.explanation')).toContainText('5.7.1')
      await p.shot('remedy-bounce-571')
      await p.page.getByRole('button', { name: resources[lang].common.action.back }).click()
      await expect(p.page.getByRole('textbox', { name: p.tree.nodes['bounce-input'].label })).toHaveValue(
        '5.7.1',
      )
    })

    test(`a bare 550 does not claim to have checked a recipient it does not know (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
      await p.pasteBounce('550')
      await p.expectRemedy('recipient-address')
      await p.expectBecause('recipientRefusedNoCheck')
      await p.shot('remedy-bounce-550-bare')
    })

    test(`a mistyped recipient domain: the recipient’s side, in the recipient’s words, with did you mean (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.1.2 <paolo@heathy.test>: Recipient address rejected: Domain not found')
      await p.expectRemedy('recipient-domain-broken')
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'healthy.test'),
      )
      await p.page.locator('.findings-panel summary').first().click()
      const recipientSide = p.page.getByRole('list', { name: /heathy\.test/ }).first()
      await expect(recipientSide.locator('[data-check-id="dns.mx"]')).toHaveAttribute('data-status', 'fail')
      await expect(recipientSide).not.toContainText(
        lang === 'it' ? /SPF|DMARC|DKIM|\btuo|\btua/ : /SPF|DMARC|DKIM|\byour\b/i,
      )
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('remedy-recipient-domain-broken')
    })
  }
})

for (const lang of LANGS)
  test(`at 480 px the settings card fits, and the step counter never shows a total that moves (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.page.setViewportSize({ width: 480, height: 800 })
    const counter = p.page.locator('.step-indicator')
    await p.choose('problem', 'cannotSend')
    await expect(counter).toHaveText(resources[lang].common.step.indicator.replace('{{current}}', '2'))
    await p.typeTarget('healthy.test')
    await p.provider('ovh-mxplan')
    await p.choose('offer-active', 'yes')
    await p.choose('send-symptom', 'nothing')
    await p.skipLogin()
    await p.choose('webmail-works', 'yes')
    await p.expectRemedy('client-settings')
    // Nine screens: the mail-programs question (answered "No") comes before the sending symptom.
    await expect(counter).toHaveText(resources[lang].common.step.indicator.replace('{{current}}', '9'))
    expect(await fitsWidth(p.page)).toBe(true)
    await p.shot('remedy-client-settings-480')
  })
