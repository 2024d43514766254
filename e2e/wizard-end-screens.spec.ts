import { resources } from '../shared/i18n'
import { isRemedyId } from '../shared/knowledge/remedies'
import { DECISION_TREE } from '../shared/tree/decision-tree'
import { expect, openStaffMenu, test } from './fixtures'
import { person, type Lang } from './person'

const END_SCREENS = Object.values(DECISION_TREE.nodes).filter(
  (node) => node.kind === 'remedy' || node.kind === 'handoff',
)

for (const lang of ['en', 'it'] as Lang[])
  test(`every end screen fits 480 px without sideways scrolling, in its own words, and is on file as a screenshot (${lang})`, async ({
    open,
  }) => {
    test.setTimeout(180_000)
    const p = await person(open, lang)
    await p.page.setViewportSize({ width: 480, height: 900 })
    const callView = p.page.getByRole('button', { name: resources[lang].report.staff.callView, exact: true })
    await openStaffMenu(p.page)
    for (const node of END_SCREENS) {
      await callView.click()
      await p.page.locator(`[data-node-id="${node.id}"]`).click()
      await callView.click()
      const title = isRemedyId(node.id) ? resources[lang].remedy[node.id].title : p.tree.ui.handoffTitle
      await expect(p.heading()).toHaveText(title)
      await expect(p.page.locator('main')).not.toContainText(/\{\{|xn--|remedy:|tree:/)
      const overflow = await p.page.evaluate(() => {
        const root = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } }
          }
        ).document.documentElement
        return root.scrollWidth - root.clientWidth
      })
      expect(overflow, node.id).toBeLessThanOrEqual(0)
      await p.shot(`end-${node.id}`)
    }
  })
