import type { EngineOptions } from './engine/context'

/**
 * Engine options a launcher may set through the environment (support staff pointing the app at a
 * test resolver, the end-to-end tests pointing it at loopback servers):
 * MAILDOCTOR_DNS=HOST[:PORT],... and MAILDOCTOR_RDAP=URL.
 */
export function engineOptionsFromEnvironment(env: NodeJS.ProcessEnv): EngineOptions {
  const options: EngineOptions = {}
  if (env.MAILDOCTOR_DNS) options.dnsServers = env.MAILDOCTOR_DNS.split(',').map((server) => server.trim())
  if (env.MAILDOCTOR_RDAP) options.rdapBaseUrl = env.MAILDOCTOR_RDAP
  return options
}
