import { parseArgs } from 'node:util'
import { randomUUID } from 'node:crypto'
import { CHECK_AREAS, PROBE_PORTS, type CheckArea, type ProbeKind } from '../../shared/ipc'
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
import { cliLanguage, formatFinding, parsePositiveInt, UsageError } from './common'

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
    },
  })
  const lang = cliLanguage(values.lang)
  if (positionals.length !== 1)
    throw new UsageError('usage: check <domain|email> [--json] [--dns HOST[:PORT]] [--only dns,smtp,...]')
  const input = positionals[0] ?? ''
  const target = parseTarget(input)
  if (!target.ok) throw new UsageError(createI18n(lang).t(`input:error.${target.error}`, target.params ?? {}))

  const options: EngineOptions = {}
  if (values.dns !== undefined) options.dnsServers = values.dns.split(',').map(parseDnsServer)
  const timeoutMs = parsePositiveInt('--timeout', values.timeout)
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs
  if (values.ports !== undefined) options.ports = parsePorts(values.ports)
  if (values.rdap !== undefined) options.rdapBaseUrl = values.rdap

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
    throw new UsageError(`--report takes ${EXPORT_FORMATS.join(', ')}; "${value}" is not one of them`)
  return value as ExportFormat
}

function parseArea(value: string): CheckArea {
  const area = value.trim()
  if (!(CHECK_AREAS as readonly string[]).includes(area))
    throw new UsageError(`--only takes ${CHECK_AREAS.join(', ')}; "${area}" is not one of them`)
  return area as CheckArea
}

function parseDnsServer(value: string): string {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])(?::(\d{1,5}))?$/.exec(value.trim())
  const port = match?.[2] === undefined ? 53 : Number(match[2])
  if (!match || port < 1 || port > 65535)
    throw new UsageError(
      `--dns takes an IP address with an optional port, such as 127.0.0.1:5353, not "${value}"`,
    )
  return value.trim()
}

function parsePorts(value: string): Partial<Record<ProbeKind, number>> {
  const ports: Partial<Record<ProbeKind, number>> = {}
  for (const pair of value.split(',')) {
    const [kind, port] = pair.split('=')
    if (kind === undefined || !(kind in PROBE_PORTS))
      throw new UsageError(
        `--ports takes ${Object.keys(PROBE_PORTS).join(', ')}; "${kind ?? ''}" is not one of them`,
      )
    const number = parsePositiveInt(`--ports ${kind}`, port)
    if (number === undefined || number > 65535)
      throw new UsageError(`--ports ${kind} needs a port between 1 and 65535`)
    ports[kind as ProbeKind] = number
  }
  return ports
}
