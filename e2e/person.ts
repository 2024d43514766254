import type { Page } from '@playwright/test'
import { createI18n, resources } from '../shared/i18n'
import { panelTextParams } from '../shared/knowledge/provider-identity'
import { mailProvider, providerDisplayName } from '../shared/knowledge/provider-catalogue'
import { remedyKeys, type ScreenRemedyId } from '../shared/knowledge/remedies'
import { expect } from './fixtures'
import { keepScreenshot } from './screenshots'

/** The wizard's languages. */
export type Lang = 'it' | 'en'
type TreeTexts = (typeof resources)['en']['tree']

/** Walks the wizard like a person: every choice by its visible label, every field by its label. */
export class Person {
  readonly tree: TreeTexts
  /** The offer named at the provider step, whose control panel the remedy steps point into. */
  offer: string | null = null
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.tree = resources[lang].tree
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: resources[this.lang].common.action.start }).click()
  }

  async choose(node: keyof TreeTexts['nodes'], answer: string): Promise<void> {
    const answers = (this.tree.nodes[node] as { answers: Record<string, { label: string }> }).answers
    const label = answers[answer]?.label ?? answer
    if (node === 'offer') this.offer = answer
    if (node === 'send-symptom' || node === 'webmail-works') await this.declineProgramsIfAsked(node)
    await expect(this.heading()).toHaveText((this.tree.nodes[node] as { title: string }).title)
    await this.page.getByRole('button', { name: label, exact: false }).first().click()
  }

  /**
   * The questions after the mail program's settings: a path that is not about them skips the
   * mailbox look and answers "No" to reading them, as a person who would rather answer the questions.
   */
  async declineProgramsIfAsked(next: 'send-symptom' | 'webmail-works'): Promise<void> {
    const consent = this.tree.nodes.programs
    const look = this.tree.nodes['mailbox-look']
    const titles = [consent.title, this.tree.nodes[next].title]
    const either = (more: string[]) => new RegExp(`^(${more.map(escapeRegExp).join('|')})$`)
    await expect(this.heading()).toHaveText(either([look.title, ...titles]))
    if ((await this.heading().textContent()) === look.title) await this.skipMailboxLook()
    await expect(this.heading()).toHaveText(either(titles))
    if ((await this.heading().textContent()) === consent.title)
      await this.page.getByRole('button', { name: consent.no }).click()
  }

  async typeTarget(value: string): Promise<void> {
    await this.page.getByRole('textbox', { name: resources[this.lang].input.domain.label }).fill(value)
    await this.page.getByRole('button', { name: resources[this.lang].common.action.check }).click()
  }

  /**
   * The provider step, whichever screen the checks lead to: "is it at X?" (yes when X is `offer`'s
   * provider, "I do not know" for `unknown`, else no and the list), or the list itself.
   */
  async provider(offer: string): Promise<void> {
    this.offer = offer
    const confirm = this.tree.nodes['provider-confirm']
    const [opening = ''] = confirm.title.split('{{provider}}')
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await expect(this.heading()).toHaveText(
      new RegExp(`^(${escape(opening)}|${escape(this.tree.nodes.offer.title)}$)`),
    )
    const heading = (await this.heading().textContent()) ?? ''
    if (heading.startsWith(opening)) {
      const known = mailProvider(offer)
      const ours = known && heading === confirm.title.replace('{{provider}}', providerDisplayName(known))
      const answer = ours ? 'yes' : offer === 'unknown' ? 'unsure' : 'no'
      await this.page.getByRole('button', { name: confirm.answers[answer].label }).click()
      if (answer !== 'no') return
    }
    await this.choose('offer', offer)
    if (offer === 'unknown')
      await this.page
        .getByRole('button', { name: this.tree.nodes['provider-found'].answers.continue.label })
        .click()
  }

  /** The first steps: the problem, the address, then the provider (see `provider`). */
  async beginWith(problem: string, offer: string, target: string): Promise<void> {
    await this.choose('problem', problem)
    await this.typeTarget(target)
    await this.provider(offer)
  }

  /** The first steps most paths share: the problem, the address, the provider, "yes, all active". */
  async pastTheServices(problem: string, offer: string, target: string): Promise<void> {
    await this.beginWith(problem, offer, target)
    await this.choose('offer-active', 'yes')
  }

  async pasteBounce(text: string): Promise<void> {
    await expect(this.heading()).toHaveText(this.tree.nodes['bounce-input'].title)
    await this.page.getByRole('textbox', { name: this.tree.nodes['bounce-input'].label }).fill(text)
    await this.page.getByRole('button', { name: resources[this.lang].common.action.next }).click()
  }

  /** The remedy screen, its steps pointing into `provider`'s control panel (the offer named, by default). */
  async expectRemedy(id: ScreenRemedyId, provider = this.offer): Promise<void> {
    const { t } = createI18n(this.lang)
    const keys = remedyKeys(id)
    const panel = panelTextParams(mailProvider(provider), (key, params) => t(key, params))
    await expect(this.heading()).toHaveText(t(keys.title))
    await expect(this.page.locator('ol.steps > li > .step-text')).toHaveText(
      keys.steps.map((key) => t(key, panel)),
    )
  }

  /** The "why we came here" sentence, with its facts filled in. */
  async expectBecause(key: keyof TreeTexts['because'], facts: Record<string, string> = {}): Promise<void> {
    const text = this.tree.because[key].replace(
      /\{\{(\w+)\}\}/g,
      (_, name: string) => facts[name] ?? `{{${name}}}`,
    )
    await expect(this.page.locator('.because')).toHaveText(text)
  }

  async notSolved(): Promise<void> {
    await this.page.getByRole('button', { name: this.tree.ui.solvedNo }).click()
  }

  async solved(): Promise<void> {
    await this.page.getByRole('button', { name: this.tree.ui.solvedYes }).click()
  }

  /** Leaves the mailbox look without looking. */
  async skipMailboxLook(): Promise<void> {
    await expect(this.heading()).toHaveText(this.tree.nodes['mailbox-look'].title)
    await this.page.getByRole('button', { name: this.tree.nodes['mailbox-look'].skip }).click()
  }

  /** Leaves the login step without testing. */
  async skipLogin(): Promise<void> {
    await expect(this.heading()).toHaveText(this.tree.nodes['login-test'].title)
    await this.page.getByRole('button', { name: this.tree.nodes['login-test'].skip }).click()
  }

  /** Opens the "why" disclosure of a remedy. */
  async openWhy(): Promise<void> {
    await this.page.getByText(this.tree.ui.why, { exact: true }).click()
  }

  /** Saves a screenshot of the whole page under e2e/screenshots/. */
  async shot(name: string): Promise<void> {
    await keepScreenshot(this.page, { path: `e2e/screenshots/${name}-${this.lang}.png`, fullPage: true })
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 })
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Opens the app in a language and starts the wizard. */
export async function person(open: (lang: Lang) => Promise<Page>, lang: Lang): Promise<Person> {
  const someone = new Person(await open(lang), lang)
  await someone.start()
  return someone
}
