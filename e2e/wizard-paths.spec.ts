import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createI18n, resources } from '../shared/i18n'
import { remedyKeys } from '../shared/knowledge/remedies'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { person } from './person'
import { dovecotUnavailable } from './servers/dovecot'
import { WORLD_LOGIN } from './servers/wizard-world'
import { keepScreenshot } from './screenshots'

test.describe('the wizard reaches the right remedy', () => {
  test('an expired domain is found over RDAP before anything else is asked (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.choose('problem', 'cannotReceive')
    await p.typeTarget('mario@expired.test')
    await p.expectRemedy('domain-expired', 'ovh-mxplan')
    await p.expectBecause('domainExpired')
    await expect(p.page.locator('[data-check-id="domain.registration"]').first()).toHaveAttribute(
      'data-status',
      'fail',
    )
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/remedy-domain-expired-en.png', fullPage: true })
  })

  test('MX records pointing elsewhere lead to the exact record to change, before any question on webmail (it)', async ({
    open,
  }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', 'wrong-mx.test')
    await p.expectRemedy('fix-mx')
    await p.expectBecause('mxWrong', { domain: 'wrong-mx.test', provider: 'OVHcloud MX Plan' })
    const provider = p.page.locator('main .screen [data-check-id="dns.mx.provider"]')
    await expect(provider).toHaveAttribute('data-status', 'fail')
    await expect(provider).toContainText('mx0.mail.ovh.net')
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/remedy-fix-mx-it.png', fullPage: true })
  })

  test('Exchange without the autodiscover record goes to the SRV remedy (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotReceive', 'ovh-exchange', 'exchange.test')
    await p.expectRemedy('fix-srv')
    await p.expectBecause('srvWrong')
  })

  test('webmail works: the settings card for the offer, then "solved" (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotSend', 'ovh-mxplan', 'healthy.test')
    await p.choose('send-symptom', 'nothing')
    await p.skipLogin()
    await p.choose('webmail-works', 'yes')
    await p.expectRemedy('client-settings')
    const card = p.page.getByRole('region', { name: p.tree.ui.settingsTitle })
    await expect(card.getByRole('row', { name: /SMTP/ })).toContainText('ssl0.ovh.net')
    await expect(card.getByRole('row', { name: /SMTP/ })).toContainText('465')
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/remedy-client-settings-en.png', fullPage: true })
    await p.solved()
    await expect(p.heading()).toHaveText(p.tree.ui.solvedTitle)
    await expectNoSeriousAxeViolations(p.page)
  })

  test('webmail asks for a code: two-step verification, then the hand-off (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('webmail', 'ovh-exchange', 'exchange-ok.test')
    await p.choose('webmail-problem', 'twoFactor')
    await p.expectRemedy('two-factor')
    await p.notSolved()
    await expect(p.heading()).toHaveText(p.tree.ui.handoffTitle)
    await p.page.getByText(p.tree.ui.handoffPreview).click()
    const summary = p.page.getByLabel(p.tree.ui.handoffPreview, { exact: true })
    await expect(summary).toContainText(
      `${p.tree.nodes.problem.title} — **${p.tree.nodes.problem.answers.webmail.label}**`,
    )
    await expect(summary).toContainText('exchange-ok.test')
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/handoff-it.png', fullPage: true })
  })

  test('a refused webmail password: new password, then the security policy (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('webmail', 'ovh-mxplan', 'healthy.test')
    await p.choose('webmail-problem', 'password')
    await p.expectRemedy('reset-password')
    await p.notSolved()
    await p.expectRemedy('security-policy')
  })

  test('an unpaid offer is the first thing to fix (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.choose('problem', 'cannotReceive')
    await p.typeTarget('healthy.test')
    await p.provider('unknown')
    await expect(p.page.locator('.help')).toContainText('Web Cloud, then Email')
    await p.choose('offer-active', 'no')
    await p.expectRemedy('renew-offer')
  })

  test('an incident at the provider: wait for it (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('cannotReceive', 'ovh-emailpro', 'healthy.test')
    await p.choose('webmail-works', 'no')
    await p.choose('incident', 'yes')
    await p.expectRemedy('wait-incident')
  })

  test('a full mailbox at the recipient is for the recipient to fix (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    await p.pasteBounce('552 5.2.2 <anna@fine.test>: Mailbox full, quota exceeded')
    await p.expectRemedy('recipient-full')
    await expect(p.page.locator('.who-acts strong')).toHaveText(resources[p.lang].common.whoActs.recipient)
    await expect(p.page.locator('.explanation')).toContainText('552')
    await expect(p.page.locator('.bounce-reason')).toContainText(
      resources.en.bounce.reasons.mailboxfull.title,
    )
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/remedy-bounce-552-en.png', fullPage: true })
  })

  test('why a bounce came back, and a PEC receipt, in plain words (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    const receipt = await readFile(
      join('shared', 'bounce', 'fixtures', 'pec', 'errore-consegna-no-dest.eml'),
      'utf8',
    )
    await p.pasteBounce(receipt)
    const texts = resources.it.bounce
    const note = p.page.locator('.bounce-reason')
    // The card's title, 5.1.1's own, already says why: the note does not say it again.
    await expect(p.page.locator('#explanation-title')).toContainText(
      resources.it.knowledge.enhanced.details.d1_1.title,
    )
    await expect(note).not.toContainText(texts.reasons.userunknown.title)
    await expect(note).toContainText(texts.pec.kinds['errore-consegna'].title)
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/bounce-reason-pec-it.png', fullPage: true })
  })

  test('ordinary mail refused by a PEC box is explained (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    // Aruba PEC's wording, from guide.pec.it ("Risoluzione agli errori comuni").
    await p.pasteBounce(
      '554 <studio.bianchi@pec.fine.test>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    )
    await p.expectRemedy('bounce-explained')
    await p.expectBecause('ordinaryToPec')
    await expect(p.page.locator('.explanation')).toContainText(
      resources.it.knowledge.details.ordinaryToPec.title,
    )
    const texts = resources.it.bounce
    const note = p.page.locator('.bounce-reason')
    // The card's title says why (its finer reading): the note does not say the broader reason again.
    await expect(note).not.toContainText(texts.reasons.policyviolation.title)
    await expect(note).toContainText(texts.pec.notes.ordinaryToPec)
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/bounce-ordinary-to-pec-it.png', fullPage: true })
  })

  test('a 550 to a domain that does not exist: the recipient’s domain is checked (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    await p.pasteBounce(
      [
        'This is the mail system at host mx1.mail.ovh.net.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients.',
        '',
        '<paolo@gone.test>: Host or domain name not found. Name service error for',
        '    name=gone.test type=MX: Host not found, try again',
        '550 5.1.2 <paolo@gone.test>: Recipient address rejected: Domain not found',
      ].join('\n'),
    )
    await p.expectRemedy('recipient-domain-broken')
    await p.expectBecause('recipientDomain')
  })

  test('a 550 for an unknown user at a working domain: check the address (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    await p.pasteBounce(
      '550 5.1.1 <nobody@fine.test>: Recipient address rejected: User unknown in virtual mailbox table',
    )
    await p.expectRemedy('recipient-address')
    const envelope = p.page.getByRole('region', { name: p.tree.envelope.title })
    await expect(envelope.getByRole('textbox', { name: p.tree.envelope.recipient })).toHaveValue(
      'nobody@fine.test',
    )
    await envelope.getByRole('button', { name: p.tree.envelope.run }).click()
    const answer = envelope.locator('[data-check-id="smtp.envelope"]')
    await expect(answer).toHaveAttribute('data-status', 'fail')
    await expect(answer).toContainText('550')
    await envelope.getByRole('textbox', { name: p.tree.envelope.recipient }).fill('anna@fine.test')
    await envelope.getByRole('button', { name: p.tree.envelope.run }).click()
    await expect(answer).toHaveAttribute('data-status', 'pass')
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/envelope-test-en.png', fullPage: true })
  })

  test('a 554 with the sending server on a blocklist: delisting (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('bounce', 'other', 'listed.test')
    await p.pasteBounce(
      '554 5.7.1 Service unavailable; Client host [127.0.0.2] blocked using zen.spamhaus.org',
    )
    await p.expectRemedy('delist')
    await expect(p.page.locator('main .screen [data-check-id="dns.dnsbl"]').first()).toHaveAttribute(
      'data-status',
      'fail',
    )
  })

  for (const lang of ['en', 'it'] as const) {
    test(`a 554 whose servers are on no list: the screen says the lists were checked and found nothing (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
      await p.pasteBounce('554 5.7.1 Message refused')
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('blocklistsClean')
      // The card follows the check: no "check the blocklists" under "we checked: none lists you".
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.steps.checkDomainsSpfDkim)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.checkSendingIpAddress)
      await expect(card).not.toContainText(resources[lang].knowledge.codes.c554.causes[0] ?? '-')
      await keepScreenshot(p.page, {
        path: `e2e/screenshots/remedy-blocklists-clean-${lang}.png`,
        fullPage: true,
      })
    })
  }

  for (const lang of ['en', 'it'] as const) {
    test(`a 554 when no blocklist answers: the screen says the lists could not be checked (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'other', 'unchecked.test')
      await p.pasteBounce('554 5.7.1 Message refused')
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('blocklistsUnchecked')
      await expect(p.page.getByText(resources[lang].tree.because.maybeBlocklisted)).toHaveCount(0)
      await keepScreenshot(p.page, {
        path: `e2e/screenshots/remedy-blocklists-unchecked-${lang}.png`,
        fullPage: true,
      })
    })
  }

  test('a 535 means the login was refused (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('bounce', 'ovh-mxplan', 'healthy.test')
    await p.pasteBounce('535')
    await p.expectRemedy('account-blocked')
  })
})

test('the wizard survives a reload, and Back retraces the answers (en)', async ({ open }) => {
  const p = await person(open, 'en')
  await p.choose('problem', 'cannotSend')
  await p.typeTarget('healthy.test')
  await p.provider('ovh-mxplan')
  await expect(p.heading()).toHaveText(p.tree.nodes['offer-active'].title)
  await p.page.reload()
  await expect(p.heading()).toHaveText(p.tree.nodes['offer-active'].title)
  await expect(p.page.locator('[data-check-id="dns.mx"]')).toHaveCount(1)
  await p.page.getByRole('button', { name: resources.en.common.action.back }).click()
  await expect(p.heading()).toHaveText(
    p.tree.nodes['provider-confirm'].title.replace('{{provider}}', 'OVHcloud MX Plan'),
  )
  await p.page.getByRole('button', { name: resources.en.common.action.back }).click()
  await expect(p.heading()).toHaveText(p.tree.nodes.target.title)
})

test.describe('the wizard tests the mail servers on the way', () => {
  test('the sending server answers, so the login is tested as a step: a right password leads to the settings (en)', async ({
    open,
    world,
  }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
    await p.choose('send-symptom', 'password')
    await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)

    const login = p.page.getByRole('region', { name: p.tree.login.title })
    await expect(login.getByRole('textbox', { name: p.tree.login.address })).toHaveValue(WORLD_LOGIN.user)
    await login.getByLabel(p.tree.login.password).fill('not-the-password')
    await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
    const refused = login.locator('[data-check-id="smtp.auth"]')
    await expect(refused).toHaveAttribute('data-status', 'fail')
    const { t } = createI18n('en')
    await expect(refused.locator('.finding-remedy-title').first()).toHaveText(
      t(remedyKeys('reset-password').title),
    )
    await expect(refused.locator('.finding-remedy .external-link').first()).toBeVisible()
    await keepScreenshot(p.page, { path: 'e2e/screenshots/login-refused-en.png', fullPage: true })

    await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
    await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
    await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'pass')
    const seen = [...world.servers.submission.logins, ...world.servers.submissions.logins]
    expect(
      seen.filter((entry) => entry.password === WORLD_LOGIN.password).every((entry) => entry.secure),
    ).toBe(true)
    await expectNoSeriousAxeViolations(p.page)
    await keepScreenshot(p.page, { path: 'e2e/screenshots/login-test-en.png', fullPage: true })
    await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
    await p.expectRemedy('client-settings')
    await p.expectBecause('loginWorks')
  })

  test('an incoming server that does not answer is for the provider (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('cannotReceive', 'other', 'dead-mx.test')
    await p.choose('webmail-works', 'no')
    await p.choose('incident', 'no')
    await p.expectRemedy('mail-server-unreachable')
    await p.expectBecause('mxNotAnswering')
    await expect(p.page.locator('main .screen [data-check-id="smtp.mx"]').first()).toHaveAttribute(
      'data-status',
      'fail',
    )
  })

  test('incoming servers answer: look at filters and the sender (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', 'healthy.test')
    await p.choose('webmail-works', 'no')
    await p.choose('incident', 'no')
    await p.expectRemedy('receive-elsewhere')
    await p.expectBecause('mxAnswering', { domain: 'healthy.test' })
  })
})

test('a password typed for the login test is nowhere afterwards: not in the history, the exports or the page’s storage (it)', async ({
  open,
  harness,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const p = await person(open, 'it')
  await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.user)
  await p.choose('send-symptom', 'nothing')
  const login = p.page.getByRole('region', { name: p.tree.login.title })
  await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
  await login.getByRole('button', { name: p.tree.login.testIncoming }).click()
  await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
  await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'pass')
  await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
  await p.expectRemedy('client-settings')
  await p.solved()
  await expect(p.heading()).toHaveText(p.tree.ui.solvedTitle)
  await expect(p.page.getByRole('button', { name: resources.it.report.panel.copy })).toHaveCount(0)
  await openStaffMenu(p.page)
  await p.page.getByRole('button', { name: resources.it.report.staff.callView }).click()

  const report = resources.it.report.panel
  await expect(p.page.getByText(report.saved)).toBeVisible()
  await p.page.getByRole('button', { name: report.copy }).click()
  const places = [
    await p.page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText()),
  ]
  for (const name of [report.exportHtml, report.exportJson]) {
    const [download] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name }).click(),
    ])
    places.push(await readFile((await download.path()) ?? '', 'utf8'))
  }
  places.push(
    await p.page.evaluate(() => {
      const scope = globalThis as unknown as PageGlobals
      return JSON.stringify([{ ...scope.sessionStorage }, { ...scope.localStorage }])
    }),
  )
  const history = await readdir(harness.historyDir)
  expect(history.length).toBeGreaterThan(0)
  for (const name of history) places.push(await readFile(join(harness.historyDir, name), 'utf8'))

  expect(places.join('\n')).toContain('smtp.auth')
  for (const place of places) {
    expect(place).not.toContain(WORLD_LOGIN.password)
    expect(place).not.toContain(
      Buffer.from(`\0${WORLD_LOGIN.user}\0${WORLD_LOGIN.password}`).toString('base64'),
    )
  }
})

/** The little of the page the spec reads; the node tsconfig has no DOM types. */
interface PageGlobals {
  navigator: { clipboard: { readText: () => Promise<string> } }
  sessionStorage: Record<string, string>
  localStorage: Record<string, string>
}

test('at 200% zoom every screen still fits the width: nothing to scroll sideways (en)', async ({ open }) => {
  const p = await person(open, 'en')
  await p.page.setViewportSize({ width: 640, height: 480 })
  const fitsWidth = () =>
    p.page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return root.scrollWidth <= root.clientWidth
    })
  expect(await fitsWidth()).toBe(true)
  await p.choose('problem', 'bounce')
  expect(await fitsWidth()).toBe(true)
  await p.typeTarget('exchange-ok.test')
  await p.provider('ovh-exchange')
  await p.choose('offer-active', 'yes')
  await p.pasteBounce('554 5.7.1 Service unavailable; Client host [127.0.0.2] blocked using zen.spamhaus.org')
  await expect(p.heading()).not.toHaveText(p.tree.nodes['bounce-input'].title)
  expect(await fitsWidth()).toBe(true)
  await keepScreenshot(p.page, { path: 'e2e/screenshots/zoom-200-en.png', fullPage: true })
})

test('the round trip: with consent, a test message goes out through the sending server and is found in the mailbox, then deleted (en)', async ({
  open,
  world,
}) => {
  test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
  const p = await person(open, 'en')
  await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.user)
  await p.choose('webmail-works', 'yes')
  await p.expectRemedy('client-settings')
  await p.page.locator('summary', { hasText: p.tree.login.title }).click()
  const login = p.page.getByRole('region', { name: p.tree.login.title })
  await login.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
  await login.getByRole('button', { name: p.tree.login.testIncoming }).click()
  await expect(login.locator('[data-check-id="mailbox.auth"]')).toHaveAttribute('data-status', 'pass')

  const roundTrip = login.getByRole('button', { name: p.tree.login.roundTrip })
  await expect(roundTrip).toBeDisabled()
  await login.getByRole('checkbox', { name: p.tree.login.consent }).check()
  await roundTrip.click()
  const result = login.locator('[data-check-id="smtp.roundtrip"]')
  await expect(result).toHaveAttribute('data-status', 'pass', { timeout: 30_000 })
  const delivered = world.servers.submissions.messages.at(-1) ?? ''
  expect(delivered).toContain('MailDoctor')
  const maildir = world.dovecot?.maildir(WORLD_LOGIN.user) ?? ''
  const left = await Promise.all(['new', 'cur'].map((folder) => readdir(join(maildir, folder))))
  expect(left.flat()).toEqual([])
  await expectNoSeriousAxeViolations(p.page)
  await keepScreenshot(p.page, { path: 'e2e/screenshots/round-trip-en.png', fullPage: true })
})
