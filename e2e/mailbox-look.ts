import { expect } from './fixtures'
import type { Person } from './person'
import { WORLD_LOGIN } from './servers/wizard-world'

/**
 * The mailbox look in the wizard, against Dovecot on loopback (quota plugin, Junk and a rule's
 * folder): with consent, the look signs in and the wizard moves on to what it saw.
 */
export async function look(p: Person, address: string, find: string | null): Promise<void> {
  const texts = p.tree.mailboxLook
  await expect(p.heading()).toHaveText(p.tree.nodes['mailbox-look'].title)
  await expect(p.page.getByRole('textbox', { name: p.tree.login.address })).toHaveValue(address)
  await p.page.getByLabel(p.tree.login.password).fill(WORLD_LOGIN.password)
  if (find !== null) await p.page.getByRole('textbox', { name: texts.expecting }).fill(find)
  await p.page.getByRole('button', { name: texts.run }).click()
  await expect(p.page.getByRole('alert')).toHaveText(texts.consentNeeded)
  await p.page.getByRole('checkbox', { name: texts.consent }).check()
  await p.page.getByRole('button', { name: texts.run }).click()
  const step = p.page.getByRole('region', { name: p.tree.nodes['mailbox-look'].title })
  await expect(step.locator('[data-check-id="mailbox.folders"]')).toBeVisible({ timeout: 20_000 })
  await p.page.getByRole('button', { name: p.tree.nodes['mailbox-look'].next }).click()
}
