import { afterAll, describe, expect, it } from 'vitest'
import { knownSession } from '../../shared/report-export/fixture'
import { exportSession } from '../../shared/report-export'
import { createApiService } from '../api-service'
import { hostileSession, longestTimerGap } from './hostile-session.test-helper'
import { createExportRunner } from './off-thread'

const service = createApiService({
  appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en' }),
  openExternal: () => Promise.resolve(),
  setLanguage: () => undefined,
  send: () => undefined,
})
afterAll(() => service.cancelAll())

describe('reports written off the main thread', () => {
  it('keeps the event loop turning while hostile 200 KB sessions are masked and written', async () => {
    const session = hostileSession()
    expect(JSON.stringify(session.report.findings[0]?.evidence).length).toBeGreaterThan(200_000)
    await service.dispatch('report:export', [{ session, format: 'json', language: 'en', shareSafely: true }])
    const answers: unknown[] = []
    const gap = await longestTimerGap(async () => {
      for (let round = 0; round < 3; round += 1) {
        const batch = (['md', 'html', 'json', 'md', 'html', 'json'] as const).map((format) =>
          service.dispatch('report:export', [{ session, format, language: 'en', shareSafely: true }]),
        )
        answers.push(...(await Promise.all(batch)))
      }
    })
    // The same exports on this thread, for comparison: the loop stops for all of them at once.
    const onThisThread = await longestTimerGap(() => {
      for (let round = 0; round < 3; round += 1)
        for (const format of ['md', 'html', 'json', 'md', 'html', 'json'] as const)
          exportSession(session, format, 'en', { shareSafely: true })
      return Promise.resolve()
    })
    expect(gap).toBeLessThan(onThisThread / 2)
    const texts = answers.map((answer) => (answer as { value: { text: string } }).value.text)
    expect(texts[0] === exportSession(session, 'md', 'en', { shareSafely: true })).toBe(true)
    expect(texts.filter((text) => text.includes('192.0.2.7'))).toHaveLength(0)
  }, 60_000)

  it('refuses a report that outlives its deadline, and the next worker answers', async () => {
    const late = createExportRunner(1)
    const job = { session: knownSession(), format: 'md', language: 'it', shareSafely: false } as const
    await expect(late.run(job)).rejects.toThrow('longer than 1 ms')
    const onTime = createExportRunner()
    await expect(onTime.run(job)).resolves.toContain('example.it')
    await onTime.close()
  }, 60_000)
})
