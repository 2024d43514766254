import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { isRemedyId } from '../shared/knowledge/remedies'
import { DECISION_TREE } from '../shared/tree/decision-tree'
import { expect, openStaffMenu, test } from './fixtures'
import { person, Person, type Lang } from './person'
import { GHOST_MX_DOMAIN, WORLD_LOGIN } from './servers/wizard-world'
import { keepScreenshot } from './screenshots'

/** The little of the DOM the checks read; the node tsconfig has no DOM types. */
interface LayoutGlobals {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number }
    querySelectorAll: (selector: string) => Iterable<LaidOutElement>
  }
  getComputedStyle: (element: LaidOutElement) => { overflowX: string }
}
interface LaidOutElement {
  open: boolean
  scrollWidth: number
  clientWidth: number
  tagName: string
  className: string
  children: { length: number }
  getBoundingClientRect: () => { right: number }
}

/**
 * Opens every disclosure (the why, the findings, the report preview), then names what scrolls
 * sideways: the page itself, or any box inside it with a scroll bar of its own.
 */
function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as LayoutGlobals
    for (const details of document.querySelectorAll('details')) details.open = true
    const root = document.documentElement
    const name = (element: LaidOutElement) => `${element.tagName.toLowerCase()}.${element.className}`
    const found =
      root.scrollWidth > root.clientWidth ? [`page ${root.scrollWidth} > ${root.clientWidth}`] : []
    for (const element of document.querySelectorAll('main *')) {
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(element).overflowX)
      if (scrolls && element.scrollWidth > element.clientWidth + 1)
        found.push(`${name(element)} ${element.scrollWidth} > ${element.clientWidth}`)
      const sticksOut = element.getBoundingClientRect().right > root.clientWidth + 1
      if (sticksOut && element.children.length === 0) found.push(`${name(element)} sticks out`)
    }
    return found
  })
}

/** Saves the screen's card (not the whole page: at 200% with every disclosure open it is very long). */
async function shotOfScreen(p: Person, name: string): Promise<void> {
  await keepScreenshot(p.page.locator('.screen'), { path: `e2e/screenshots/${name}-${p.lang}.png` })
}

async function expectNoSidewaysScrolling(p: Person, where: string): Promise<void> {
  expect(await sidewaysScrolling(p.page), where).toEqual([])
}

/** Every screen a person reads (questions, inputs, end screens): the routes show nothing of their own. */
const SCREENS = Object.values(DECISION_TREE.nodes).filter((node) => node.kind !== 'route')

/** The title an end screen shows; null for the other screens, whose titles may name facts. */
function endScreenTitle(node: (typeof SCREENS)[number], lang: Lang): string | null {
  if (isRemedyId(node.id)) return resources[lang].remedy[node.id].title
  return node.kind === 'handoff' ? resources[lang].tree.ui.handoffTitle : null
}

/**
 * 200% zoom of the window's narrowest width (960 px → 480 CSS px) and of a common one (1280 → 640).
 * Below 560 CSS px the settings card stacks each server into a card of its own; every other rule of
 * the screens only gains room with width. So 640 adds one layout to check (the card as a table),
 * and the walks whose screens have no such card run at 480 only, where they are strictest.
 */
const ZOOMED_WINDOWS = [
  { window: 960, width: 480 },
  { window: 1280, width: 640 },
]

test.describe('at 200% zoom of a 960 px window (480 CSS px)', () => {
  test.use({ viewport: { width: 480, height: 800 }, deviceScaleFactor: 2 })

  for (const lang of ['en', 'it'] as Lang[])
    test(`every screen, with its disclosures open, scrolls only downwards and reads in its own words (${lang})`, async ({
      open,
    }) => {
      test.setTimeout(300_000)
      const p = await person(open, lang)
      const callView = p.page.getByRole('button', {
        name: resources[lang].report.staff.callView,
        exact: true,
      })
      await openStaffMenu(p.page)
      for (const node of SCREENS) {
        await callView.click()
        await p.page.locator(`[data-node-id="${node.id}"]`).click()
        await callView.click()
        const title = endScreenTitle(node, lang)
        if (title === null) await expect(p.page.locator('.screen h1')).toBeVisible()
        else await expect(p.heading()).toHaveText(title)
        await expect(p.page.locator('main')).not.toContainText(/\{\{|xn--|remedy:|tree:/)
        if (title !== null) await p.shot(`end-${node.id}`)
        await expectNoSidewaysScrolling(p, node.id)
      }
    })

  for (const lang of ['en', 'it'] as Lang[]) {
    test(`a long bounce, the blocklist remedy and its why fit the width (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'other', 'listed.test')
      await expect(p.heading()).toHaveText(p.tree.nodes['bounce-input'].title)
      await p.page
        .getByRole('textbox', { name: p.tree.nodes['bounce-input'].label })
        .fill(
          `554 5.7.1 Service unavailable; Client host [127.0.0.2] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.2-${'x'.repeat(120)}`,
        )
      await expectNoSidewaysScrolling(p, 'bounce-input')
      await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
      await p.expectRemedy('delist')
      await expectNoSidewaysScrolling(p, 'delist')
      await shotOfScreen(p, 'zoom-delist')
    })

    test(`"I cannot send": the error field, the login step, the account remedy and the hand-off fit the width (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotSend', 'ovh-mxplan', WORLD_LOGIN.blocked)
      await expectNoSidewaysScrolling(p, 'send-symptom')
      await p.choose('send-symptom', 'error')
      await p.page
        .getByRole('textbox', { name: p.tree.nodes['send-error-input'].label })
        .fill('535 5.7.8 Authentication credentials invalid')
      await expectNoSidewaysScrolling(p, 'send-error-input')
      await p.page.getByRole('button', { name: resources[lang].common.action.next }).click()
      const login = p.page.getByRole('region', { name: p.tree.login.title })
      await login.getByLabel(p.tree.login.password).fill('any-password')
      await login.getByRole('button', { name: p.tree.login.testOutgoing }).click()
      await expect(login.locator('[data-check-id="smtp.auth"]')).toHaveAttribute('data-status', 'fail')
      await expectNoSidewaysScrolling(p, 'login-test')
      await shotOfScreen(p, 'zoom-login-step')
      await p.page.getByRole('button', { name: p.tree.nodes['login-test'].next }).click()
      await p.expectRemedy('account-refused')
      await expectNoSidewaysScrolling(p, 'account-refused')
      await shotOfScreen(p, 'zoom-account-refused')
      await p.notSolved()
      await expect(p.heading()).toHaveText(p.tree.ui.handoffTitle)
      await expectNoSidewaysScrolling(p, 'handoff')
      await shotOfScreen(p, 'zoom-handoff')
    })

    test(`an MX host that does not exist: the MX remedy, with its long names, fits the width (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('cannotReceive', 'other', GHOST_MX_DOMAIN)
      await p.expectRemedy('fix-mx')
      await p.expectBecause('mxHostsBroken')
      await expect(p.page.locator('.why [data-check-id="dns.mx.hosts"]')).toHaveAttribute(
        'data-status',
        'fail',
      )
      await expectNoSidewaysScrolling(p, 'fix-mx')
      await shotOfScreen(p, 'zoom-fix-mx-ghost')
    })
  }
})

for (const { window, width } of ZOOMED_WINDOWS)
  test.describe(`at 200% zoom of a ${window} px window`, () => {
    test.use({ viewport: { width, height: 800 }, deviceScaleFactor: 2 })

    for (const lang of ['en', 'it'] as Lang[]) {
      test(`the questions, the settings card and the login test fit the width (${lang})`, async ({
        open,
      }) => {
        const p = new Person(await open(lang), lang)
        await expectNoSidewaysScrolling(p, 'welcome')
        await p.start()
        await expectNoSidewaysScrolling(p, 'problem')
        await p.choose('problem', 'cannotReceive')
        await p.typeTarget('127.1')
        await expect(p.page.locator('#target-error')).toBeVisible()
        await expectNoSidewaysScrolling(p, 'target with an error')
        await p.typeTarget(WORLD_LOGIN.user)
        await expectNoSidewaysScrolling(p, 'provider')
        await p.provider('ovh-mxplan')
        await expectNoSidewaysScrolling(p, 'offer-active')
        await p.choose('offer-active', 'yes')
        await expectNoSidewaysScrolling(p, 'webmail-works')
        await p.choose('webmail-works', 'yes')
        await p.expectRemedy('client-settings')
        await expectNoSidewaysScrolling(p, 'client-settings')
        if (width === 480) await shotOfScreen(p, 'zoom-client-settings')
      })
    }
  })
