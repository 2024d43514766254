import type { CheckContext } from '../context/check-context'
import type { DnsClient, HostAddresses } from '../context/dns-client'
import { answerEvidence, isDefinite, listOf, msg, queryProblem, report } from '../context/findings'

/** How many PTR names of one address are followed back. */
const MAX_PTR_NAMES = 3

/** `dns.ptr`: the reverse name of each MX address and whether it leads back to it (FCrDNS). */
export async function checkPtr(ctx: CheckContext, client: DnsClient, hosts: HostAddresses[]): Promise<void> {
  const addresses = [...new Set(hosts.flatMap((host) => host.addresses.map((entry) => entry.address)))]
  await Promise.all(
    addresses.map(async (address) => {
      const started = Date.now()
      const answer = await client.ptr(address)
      if (!isDefinite(answer.outcome)) {
        report(ctx, 'dns.ptr', started, queryProblem('ptr.errorTitle', { address }, answer, address))
        return
      }
      const names = answer.records.map((record) => record.value).slice(0, MAX_PTR_NAMES)
      if (names.length === 0) {
        report(ctx, 'dns.ptr', started, {
          status: 'warn',
          subject: address,
          title: msg('ptr.missingTitle', { address }),
          detail: msg('ptr.missingDetail', { address, name: answer.name }),
          evidence: { ptr: answerEvidence(answer) },
          remedies: ['ask-ptr'],
        })
        return
      }
      const forward = await Promise.all(names.map((name) => client.addresses(name)))
      const confirmed = names.filter((_, index) =>
        forward[index]?.addresses.some((a) => a.address === address),
      )
      const forwardAddresses = forward.flatMap((entry) => entry.addresses.map((a) => a.address))
      report(ctx, 'dns.ptr', started, {
        status: confirmed.length > 0 ? 'pass' : 'warn',
        subject: address,
        title: msg(confirmed.length > 0 ? 'ptr.okTitle' : 'ptr.mismatchTitle', {
          address,
          name: names[0] ?? '',
        }),
        detail: msg(ptrDetailKey(confirmed.length > 0, forwardAddresses.length > 0), {
          address,
          names: listOf(names),
          forward: listOf(forwardAddresses),
        }),
        evidence: {
          ptr: answerEvidence(answer),
          forward: forward.map((entry) => ({
            host: entry.host,
            outcome: entry.outcome,
            addresses: entry.addresses,
          })),
        },
        remedies: confirmed.length > 0 ? [] : ['ask-ptr'],
      })
    }),
  )
}

/** The detail of a reverse name: it leads back, it leads elsewhere, or it leads nowhere. */
function ptrDetailKey(confirmed: boolean, leadsSomewhere: boolean): string {
  if (confirmed) return 'ptr.okDetail'
  return leadsSomewhere ? 'ptr.mismatchDetail' : 'ptr.mismatchNoAddressDetail'
}
