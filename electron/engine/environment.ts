import { readFileSync } from 'node:fs'
import type { EngineOptions } from './context/check-context'
import { parseProbePorts } from './probe-ports'

/**
 * Engine options a launcher may set through the environment (support staff pointing the app at a
 * test resolver, the end-to-end tests pointing it at loopback servers):
 * MAILDOCTOR_DNS=HOST[:PORT],..., MAILDOCTOR_RDAP=URL, MAILDOCTOR_PORTS=kind=port,... (e.g.
 * `submission=2587,imaps=2993`), MAILDOCTOR_EXTRA_CA=path of a PEM file of CAs to trust too and
 * MAILDOCTOR_ALLOW_PRIVATE=1 to connect to loopback, private and link-local addresses.
 * A wrong value throws, naming the variable, so a mistyped launch fails at once. DNS servers saved
 * in the app's settings win over MAILDOCTOR_DNS (see `withSettings` in settings/settings-store.ts).
 */
export function engineOptionsFromEnvironment(env: NodeJS.ProcessEnv): EngineOptions {
  const options: EngineOptions = {}
  if (env.MAILDOCTOR_DNS) options.dnsServers = env.MAILDOCTOR_DNS.split(',').map((server) => server.trim())
  if (env.MAILDOCTOR_RDAP) options.rdapBaseUrl = env.MAILDOCTOR_RDAP
  if (env.MAILDOCTOR_ALLOW_PRIVATE === '1') options.allowPrivateAddresses = true
  if (env.MAILDOCTOR_PORTS) {
    try {
      options.ports = parseProbePorts(env.MAILDOCTOR_PORTS)
    } catch (error) {
      throw new Error(`MAILDOCTOR_PORTS: ${(error as Error).message}`, { cause: error })
    }
  }
  if (env.MAILDOCTOR_EXTRA_CA) {
    let pem: string
    try {
      pem = readFileSync(env.MAILDOCTOR_EXTRA_CA, 'utf8')
    } catch (error) {
      throw new Error(`MAILDOCTOR_EXTRA_CA: cannot read ${env.MAILDOCTOR_EXTRA_CA}`, { cause: error })
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
      throw new Error(`MAILDOCTOR_EXTRA_CA: ${env.MAILDOCTOR_EXTRA_CA} holds no PEM certificate`)
    options.extraCaPem = pem
  }
  return options
}
