import { parseArgs } from 'node:util'
import { engineOptionsFromEnvironment } from '../../electron/engine'
import { ensureBuilt, startHarness } from './harness'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    dns: { type: 'string' },
    rdap: { type: 'string' },
    'allow-private': { type: 'boolean' },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`harness: --port must be a port number, not "${values.port}"\n`)
  process.exit(2)
}

if (!ensureBuilt()) process.exit(1)

const engineOptions = engineOptionsFromEnvironment({
  ...process.env,
  ...(values.dns ? { MAILDOCTOR_DNS: values.dns } : {}),
  ...(values.rdap ? { MAILDOCTOR_RDAP: values.rdap } : {}),
  ...(values['allow-private'] ? { MAILDOCTOR_ALLOW_PRIVATE: '1' } : {}),
})
const harness = await startHarness({ port, engineOptions })
process.stdout.write(`HARNESS_URL=${harness.url}\n`)
const stop = () => void harness.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
