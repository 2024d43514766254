import { parseArgs } from 'node:util'
import { randomUUID } from 'node:crypto'
import {
  CHECK_AREAS,
  CLIENT_PROBE_KINDS,
  PROBE_PORTS,
  type CheckArea,
  type ProbeKind,
  type ProbeServer,
} from '../../shared/ipc'
import { createI18n } from '../../shared/i18n'
import { isFailing } from '../../shared/report'
import {
  EXPORT_FORMATS,
  exportSession,
  sessionFromReport,
  type ExportFormat,
} from '../../shared/report-export'
import { parseTarget } from '../../shared/target'
import { runCheck } from '../engine/check'
import type { EngineOptions } from '../engine/context'
import { createHistoryStore } from '../history/history-store'
import { parseProbePorts } from '../engine/probe-ports'
import { terminalSafe } from './terminal-safe'
import {
  cliLanguage,
  formatFinding,
  parseHostPort,
  parsePositiveInt,
  readCa,
  usage,
  UsageError,
} from './common'

/** The options of `check`, for the usage text. */
export const CHECK_USAGE =
  'check <domain|email> [--json] [--dns HOST[:PORT],...] [--only registration,dns,smtp,imap,pop3] [--timeout MS] [--ports KIND=PORT,...] [--server KIND=HOST[:PORT]]... [--ca FILE] [--provider ID] [--dkim-selector NAME]... [--ip ADDRESS]... [--rdap URL] [--save DIR] [--report md|html|json] [--share-safely] [--lang it|en]'

/** `check <domain|email>`: runs the checks and prints the findings, or the Report with --json. */
export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      dns: { type: 'string' },
      only: { type: 'string' },
      timeout: { type: 'string' },
      ports: { type: 'string' },
      provider: { type: 'string' },
      lang: { type: 'string' },
      'dkim-selector': { type: 'string', multiple: true },
      ip: { type: 'string', multiple: true },
      rdap: { type: 'string' },
      save: { type: 'string' },
      report: { type: 'string' },
      'share-safely': { type: 'boolean' },
      server: { type: 'string', multiple: true },
      ca: { type: 'string' },
    },
  })
  const lang = cliLanguage(values.lang)
  if (positionals.length !== 1) throw usage('usage', { usage: CHECK_USAGE })
  const input = positionals[0] ?? ''
  const target = parseTarget(input)
  if (!target.ok) throw new UsageError(createI18n(lang).t(`input:error.${target.error}`, target.params ?? {}))

  const options: EngineOptions = {}
  if (values.dns !== undefined) options.dnsServers = values.dns.split(',').map(parseDnsServer)
  const timeoutMs = parsePositiveInt('--timeout', values.timeout)
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs
  if (values.ports !== undefined) options.ports = parsePorts(values.ports)
  if (values.rdap !== undefined) options.rdapBaseUrl = values.rdap
  if (values.ca !== undefined) options.extraCaPem = await readCa(values.ca)
  const servers = values.server?.map(parseServer)

  const reportFormat = values.report === undefined ? undefined : parseReportFormat(values.report)
  const quiet = values.json === true || reportFormat !== undefined
  const only = values.only?.split(',').map(parseArea)
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const report = await runCheck(
    {
      runId: randomUUID(),
      input,
      ...(only ? { only } : {}),
      ...(values.provider ? { provider: values.provider } : {}),
      ...(values['dkim-selector'] ? { dkimSelectors: values['dkim-selector'] } : {}),
      ...(values.ip ? { extraIps: values.ip } : {}),
      ...(servers ? { servers } : {}),
    },
    options,
    {
      signal: controller.signal,
      onFinding: (finding) => {
        if (!quiet) process.stdout.write(terminalSafe(`${formatFinding(finding, lang)}\n`))
      },
    },
  )
  if (values.json) process.stdout.write(terminalSafe(`${JSON.stringify(report, null, 2)}\n`))
  if (values.save !== undefined || reportFormat !== undefined) {
    const session = sessionFromReport(report, randomUUID(), lang)
    if (values.save !== undefined) await createHistoryStore(values.save).save(session)
    if (reportFormat !== undefined)
      process.stdout.write(
        terminalSafe(
          exportSession(session, reportFormat, lang, { shareSafely: values['share-safely'] === true }),
        ),
      )
  }
  return report.findings.some(isFailing) ? 1 : 0
}

function parseReportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value))
    throw usage('notAChoice', { option: '--report', choices: EXPORT_FORMATS.join(', '), value })
  return value as ExportFormat
}

function parseArea(value: string): CheckArea {
  const area = value.trim()
  if (!(CHECK_AREAS as readonly string[]).includes(area))
    throw usage('notAChoice', { option: '--only', choices: CHECK_AREAS.join(', '), value: area })
  return area as CheckArea
}

function parseDnsServer(value: string): string {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])(?::(\d{1,5}))?$/.exec(value.trim())
  const port = match?.[2] === undefined ? 53 : Number(match[2])
  if (!match || port < 1 || port > 65535) throw usage('badDns', { value })
  return value.trim()
}

function parsePorts(value: string): Partial<Record<ProbeKind, number>> {
  try {
    return parseProbePorts(value)
  } catch {
    throw usage('badPorts', { kinds: Object.keys(PROBE_PORTS).join(', '), value })
  }
}

/** `--server kind=host[:port]`: a server the person uses, tested instead of SRV or offer settings. */
function parseServer(value: string): ProbeServer {
  const split = value.indexOf('=')
  const kind = value.slice(0, split).trim()
  const clientKind = CLIENT_PROBE_KINDS.find((known) => known === kind)
  if (split < 0 || clientKind === undefined)
    throw usage('badServerOption', { kinds: CLIENT_PROBE_KINDS.join(', '), value })
  const { host, port } = parseHostPort(value.slice(split + 1), PROBE_PORTS[clientKind])
  return { kind: clientKind, host, port }
}
