import type { CheckContext, CheckModule, EngineOptions } from '../context/check-context'
import { checkRegistration } from '../rdap/registration'
import { createDnsClient, type DnsClient } from '../context/dns-client'
import { checkDkim } from './dkim'
import { checkDmarc } from './dmarc'
import { checkDnsbl } from './dnsbl'
import { guarded } from '../context/findings'
import { checkMtaSts } from './mta-sts'
import { checkMx, checkMxHosts } from './mx'
import { checkNs } from './ns'
import { checkProvider } from './provider'
import { checkPtr } from './ptr'
import { checkSpf } from './spf'
import { checkAutodiscover, checkMailSrv } from './srv'

/** The run's DNS client, configured from the engine options and cancelled with the run. */
export function createRunDnsClient(
  options: Pick<EngineOptions, 'dnsServers' | 'dnsRetries'> & { stepTimeoutMs: number },
  signal: AbortSignal,
): DnsClient {
  return createDnsClient(
    {
      ...(options.dnsServers ? { dnsServers: options.dnsServers } : {}),
      stepTimeoutMs: options.stepTimeoutMs,
      ...(options.dnsRetries !== undefined ? { dnsRetries: options.dnsRetries } : {}),
    },
    signal,
  )
}

/**
 * Every DNS check of the domain on one client. Independent checks start together; those that need
 * the MX hosts (addresses, provider, PTR, blocklists) start the moment their input is known.
 */
export async function runDnsChecks(ctx: CheckContext, client: DnsClient): Promise<void> {
  const afterMx = guarded(ctx, 'dns.mx', () => checkMx(ctx, client)).then(async (mx) => {
    if (!mx) return
    checkProvider(ctx, mx)
    const hosts = (await guarded(ctx, 'dns.mx.hosts', () => checkMxHosts(ctx, client, mx))) ?? []
    const addresses = hosts.flatMap((host) => host.addresses.map((entry) => entry.address))
    await Promise.all([
      guarded(ctx, 'dns.ptr', () => checkPtr(ctx, client, hosts)),
      guarded(ctx, 'dns.dnsbl', () => checkDnsbl(ctx, client, addresses, 'mx')),
    ])
  })
  await Promise.all([
    afterMx,
    guarded(ctx, 'dns.ns', () => checkNs(ctx, client)),
    guarded(ctx, 'dns.spf', () => checkSpf(ctx, client)),
    guarded(ctx, 'dns.dmarc', () => checkDmarc(ctx, client)),
    guarded(ctx, 'dns.dkim', () => checkDkim(ctx, client)),
    guarded(ctx, 'dns.srv.autodiscover', () => checkAutodiscover(ctx, client)),
    guarded(ctx, 'dns.srv.mail', () => checkMailSrv(ctx, client)),
    guarded(ctx, 'dns.mta-sts', () => checkMtaSts(ctx, client)),
    guarded(ctx, 'dns.dnsbl', () => checkDnsbl(ctx, client, ctx.request.extraIps ?? [], 'given')),
  ])
}

/** The `dns` area: all DNS checks on the run's shared client. */
export const dnsModule: CheckModule = (ctx) => runDnsChecks(ctx, ctx.dns)

/** The `registration` area: RDAP expiry and status. */
export const registrationModule: CheckModule = async (ctx) => {
  await guarded(ctx, 'domain.registration', () => checkRegistration(ctx))
}
