import { parseArgs } from 'node:util'
import { randomUUID } from 'node:crypto'
import {
  CHECK_AREAS,
  CLIENT_PROBE_KINDS,
  PROBE_PORTS,
  type CheckArea,
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
import { runCheck, type EngineOptions } from '../engine'
import { createHistoryStore } from '../history/history-store'
import {
  cliLanguage,
  formatFinding,
  parseDnsServers,
  parseHostPort,
  parsePorts,
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
  if (values.dns !== undefined) options.dnsServers = parseDnsServers(values.dns)
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
        if (!quiet) process.stdout.write(`${formatFinding(finding, lang)}\n`)
      },
    },
  )
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  if (values.save !== undefined || reportFormat !== undefined) {
    const session = sessionFromReport(report, randomUUID(), lang)
    if (values.save !== undefined) await createHistoryStore(values.save).save(session)
    if (reportFormat !== undefined)
      process.stdout.write(
        exportSession(session, reportFormat, lang, { shareSafely: values['share-safely'] === true }),
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
