import { describe, expect, it } from 'vitest'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'

/** The packaging config exactly as electron-builder reads and validates it for `npm run dist`. */
async function builderConfig() {
  const config = await getConfig(process.cwd(), 'build/electron-builder.yml', null)
  const debug = { add: () => undefined, isEnabled: false } as unknown as Parameters<
    typeof validateConfiguration
  >[1]
  await validateConfiguration(config, debug)
  return config
}

describe('the packaged app', () => {
  it('flips the Electron fuses that close the debugging and code-loading back doors', async () => {
    const config = await builderConfig()
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asar).not.toBe(false)
  })
})
