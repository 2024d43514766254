import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAIL_PROVIDERS } from './provider-catalogue'
import { hostOfProviders } from './provider-identity'

const ROOT = join(__dirname, '..', '..')

/** The only files that may decide or compare who runs the mail: the catalogue and the identity module. */
const ALLOWED = new Set(['shared/knowledge/provider-catalogue.ts', 'shared/knowledge/provider-identity.ts'])

/** Product sources: TypeScript of the three layers and the CLI, without tests, texts or the e2e suite. */
function productSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      return name === 'i18n' || name === 'node_modules' ? [] : productSources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.test-helper\.ts$/.test(name) ? [path] : []
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const names = [...new Set(MAIL_PROVIDERS.flatMap((provider) => [provider.company, provider.id]))]
const quoted = `['"\`](?:${names.map(escape).join('|')})['"\`]`

/** Ways of deciding a provider by hand: comparing a company or id, or matching its mail hosts. */
const DECIDING: { what: string; pattern: RegExp }[] = [
  { what: 'a company compared', pattern: /\.company\s*[!=]==|[!=]==\s*[\w?.]*\.company\b/ },
  { what: 'a provider name or id compared', pattern: new RegExp(`[!=]==\\s*${quoted}|${quoted}\\s*[!=]==`) },
  { what: 'a provider name or id as a switch case', pattern: new RegExp(`case\\s+${quoted}`) },
  // A regular expression over a provider's hosts (`/^ex\d*\.mail\.ovh\.net$/`), as the catalogue holds them.
  {
    what: 'a provider’s mail hosts matched',
    pattern: /\\\.(?:ovh|outlook|google|aruba|register|libero|microsoft)\\\./,
  },
]

/**
 * Files whose typed hosts decide nobody's provider: the allowlist of web pages the app may open,
 * and a bounce layout recognised by the words it prints ("groups.google.com" in Google Groups' text).
 */
const NOT_DECIDING = new Set(['shared/external-links.ts', 'shared/bounce/googlegroups.ts'])

/** Every catalogue id, to ask whether a host is any provider's. */
const IDS = MAIL_PROVIDERS.map((provider) => provider.id)

/**
 * Host names typed as plain strings ('hotmail.com', '.prod.outlook.com') that are a catalogue
 * provider's address domain, MX or server host: matching them by hand decides a provider.
 */
function typedHosts(line: string): string[] {
  return [...line.matchAll(/['"`](\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+)['"`]/gi)]
    .map((match) => match[1] ?? '')
    .filter((host) => hostOfProviders(host.startsWith('.') ? `x${host}` : host, IDS))
}

function offences(): string[] {
  const files = ['shared', 'electron', 'renderer'].flatMap((dir) => productSources(join(ROOT, dir)))
  return files.flatMap((file) => {
    const path = relative(ROOT, file)
    if (ALLOWED.has(path)) return []
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        /^\s*(\*|\/\/|\/\*)/.test(line)
          ? []
          : [
              ...DECIDING.filter(({ pattern }) => pattern.test(line)).map(({ what }) => what),
              ...(NOT_DECIDING.has(path) || typedHosts(line).length === 0
                ? []
                : ['a provider’s host typed as a string']),
            ].map((what) => `${path}:${index + 1}: ${what}: ${line.trim()}`),
      )
  })
}

describe('who runs the mail is decided in one place', () => {
  it('has no provider compared or decided outside provider-identity.ts and the catalogue', () => {
    expect(offences()).toEqual([])
  })

  it('would catch one (the patterns find what they are for)', () => {
    const sample = [
      "if (provider.company === 'OVHcloud') {",
      "offer === 'ovh-exchange'",
      "case 'Aruba':",
      'if (/^ex\\d*\\.mail\\.ovh\\.net$/.test(srvTarget)) return x',
    ]
    for (const line of sample)
      expect(
        DECIDING.some(({ pattern }) => pattern.test(line)),
        line,
      ).toBe(true)
    expect(typedHosts("hosts: ['.prod.outlook.com', '.exchangelabs.com'],")).toHaveLength(2)
    expect(typedHosts("hosts: ['hotmail.com', 'outlook.com'],")).toHaveLength(2)
    expect(typedHosts("hosts: ['.messagelabs.com', 'example.com'],")).toEqual([])
  })
})
