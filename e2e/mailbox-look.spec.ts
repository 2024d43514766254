import { expect, expectNoSeriousAxeViolations, test } from './fixtures'
import { look } from './mailbox-look'
import { person, type Lang } from './person'
import { dovecotUnavailable } from './servers/dovecot'
import { WORLD_LOGIN, WORLD_MESSAGES } from './servers/wizard-world'

const langs: Lang[] = ['it', 'en']

/** The mailbox look in the wizard, against Dovecot on loopback: what it sees decides the end. */
test.describe('the mailbox look decides the end', () => {
  test.beforeEach(({ world }) => {
    test.skip(world.dovecot === null, dovecotUnavailable() ?? '')
  })

  for (const lang of langs) {
    test(`a full mailbox ends on “your mailbox is full” with the numbers (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.full)
      await look(p, WORLD_LOGIN.full, null)
      await p.expectRemedy('mailbox-full')
      const numbers =
        lang === 'it' ? /contiene 2\d KB su 20 KB \(1\d\d%\)/ : /holds 2\d KB of 20 KB \(1\d\d%\)/
      await expect(p.page.locator('.because')).toHaveText(numbers)
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('mailbox-full')
    })

    test(`a named message filed in Junk ends on “arrived, in Spam”, never “not received” (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      // "It goes to spam", for messages the person receives.
      await p.pastTheServices('spam', 'ovh-mxplan', WORLD_LOGIN.user)
      await p.choose('headers-role', 'recipient')
      await look(p, WORLD_LOGIN.user, 'Studio Verdi')
      await p.expectRemedy('arrived-in-spam')
      const { subject, folder } = WORLD_MESSAGES.inSpam
      await p.expectBecause('foundInSpam', { subject, folder })
      await p.openWhy()
      await expect(p.page.locator('.why [data-check-id="mailbox.find"]')).toHaveAttribute(
        'data-status',
        'fail',
      )
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('mailbox-in-spam')
    })

    test(`a message a rule moved ends on the rule and its folder (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.user)
      await look(p, WORLD_LOGIN.user, 'condominio')
      await p.expectRemedy('moved-by-rule')
      const { subject, folder } = WORLD_MESSAGES.moved
      await p.expectBecause('foundInFolder', { subject, folder })
      await expectNoSeriousAxeViolations(p.page)
      await p.shot('mailbox-moved')
    })
  }

  test('"I don\'t receive" with the message in Junk: arrived, in Spam (en)', async ({ open }) => {
    const p = await person(open, 'en')
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.user)
    await look(p, WORLD_LOGIN.user, 'Fattura marzo')
    await p.expectRemedy('arrived-in-spam')
  })

  test('a message found nowhere lets the route go on, to the mail program (it)', async ({ open }) => {
    const p = await person(open, 'it')
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', WORLD_LOGIN.user)
    await look(p, WORLD_LOGIN.user, 'Preventivo')
    await expect(p.heading()).toHaveText(p.tree.nodes.programs.title)
  })
})
