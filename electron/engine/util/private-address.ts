import { BlockList, isIP } from 'node:net'

/**
 * Addresses nobody outside the computer's own network can reach: unspecified (0.0.0.0/8, ::),
 * loopback, private (RFC 1918, unique local fc00::/7), shared carrier NAT (100.64/10) and
 * link-local (169.254/16 with the cloud metadata service, fe80::/10).
 */
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6')

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`), if any. */
function mappedIpv4(address: string): string | null {
  let canonical: string
  try {
    canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  } catch {
    return null
  }
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical)
  if (!match) return null
  const high = parseInt(match[1] ?? '0', 16)
  const low = parseInt(match[2] ?? '0', 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** True for a loopback, private, link-local or unspecified IP address (IPv4, IPv6, IPv4-mapped). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const family = isIP(bare)
  if (family === 4) return PRIVATE.check(bare, 'ipv4')
  if (family !== 6) return false
  const mapped = mappedIpv4(bare)
  return mapped ? PRIVATE.check(mapped, 'ipv4') : PRIVATE.check(bare, 'ipv6')
}

/** A host's addresses split into those the engine may connect to and those it refuses. */
export interface AddressVerdict {
  allowed: string[]
  refused: string[]
}

/**
 * The one rule every connection and fetch of the engine follows: private addresses are refused
 * unless `allowPrivate` (the setting, MAILDOCTOR_ALLOW_PRIVATE=1, `--allow-private`) says
 * otherwise, so a domain's records cannot point the app at the person's own network.
 */
export function sortAddresses(
  addresses: readonly string[],
  allowPrivate: boolean | undefined,
): AddressVerdict {
  if (allowPrivate ?? process.env.MAILDOCTOR_ALLOW_PRIVATE === '1')
    return { allowed: [...addresses], refused: [] }
  return {
    allowed: addresses.filter((address) => !isPrivateAddress(address)),
    refused: addresses.filter((address) => isPrivateAddress(address)),
  }
}
