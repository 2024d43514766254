import { randomUUID } from 'node:crypto'
import {
  CHECK_AREAS,
  CLIENT_PROBE_KINDS,
  PROBE_PORTS,
  type CheckArea,
  type CheckRequest,
  type ProbeServer,
} from '../../shared/ipc'
import { createI18n, type Language } from '../../shared/i18n'
import { identityOfRun, identitySummary, identityText } from '../../shared/knowledge/provider-identity'
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
import { checkBatch, readTargets, TERMINAL_OUTPUT } from './batch-check'
import { findingLines, summaryLine } from './check-output'
import {
  CHECK_DECLARATION,
  CHECK_OPTIONS,
  DEFAULT_BATCH_CONCURRENCY,
  MAX_BATCH_CONCURRENCY,
  parseCommandArgs,
} from './command-declaration'
import { terminalSafe } from './terminal-safe'
import {
  cliLanguage,
  environmentOptions,
  parseDnsServers,
  parseHostPort,
  parsePorts,
  parsePositiveInt,
  readCa,
  usage,
  UsageError,
} from './common'

type CheckValues = ReturnType<typeof parseCommandArgs<typeof CHECK_OPTIONS>>['values']

/**
 * The engine options of a run: the MAILDOCTOR_* environment the app reads too, with the command
 * line's options on top. A wrong variable is a usage error that names it.
 */
async function engineOptions(values: CheckValues, lang: Language): Promise<EngineOptions> {
  const options = environmentOptions(lang)
  if (values.dns !== undefined) options.dnsServers = parseDnsServers(values.dns)
  const timeoutMs = parsePositiveInt('--timeout', values.timeout)
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs
  if (values.ports !== undefined) options.ports = parsePorts(values.ports)
  if (values.rdap !== undefined) options.rdapBaseUrl = values.rdap
  if (values.ca !== undefined) options.extraCaPem = await readCa(values.ca)
  if (values['allow-private']) options.allowPrivateAddresses = true
  return options
}

/** What every domain of a run is checked with, besides its own input. */
function requestExtras(values: CheckValues): Omit<CheckRequest, 'runId' | 'input'> {
  const only = values.only?.split(',').map(parseArea)
  const servers = values.server?.map(parseServer)
  return {
    ...(only ? { only } : {}),
    ...(values.provider ? { provider: values.provider } : {}),
    ...(values['dkim-selector'] ? { dkimSelectors: values['dkim-selector'] } : {}),
    ...(values.ip ? { extraIps: values.ip } : {}),
    ...(servers ? { servers } : {}),
  }
}

/**
 * `check <domain|email>`: runs the checks and prints a one-line summary, then the findings (the
 * problems first), or the Report with --json. `check --from FILE|-` checks many (see batch-check.ts).
 */
export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(CHECK_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const t = createI18n(lang).t
  const options = await engineOptions(values, lang)
  const extras = requestExtras(values)
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  if (values.from !== undefined) {
    if (positionals.length > 0) throw new UsageError(t('cli:batch.needsNoTarget'))
    const concurrency = parsePositiveInt('--concurrency', values.concurrency) ?? DEFAULT_BATCH_CONCURRENCY
    if (concurrency > MAX_BATCH_CONCURRENCY)
      throw new UsageError(t('cli:batch.tooManyAtOnce', { max: MAX_BATCH_CONCURRENCY }))
    const targets = await readTargets(values.from, lang)
    const json = values.json === true
    const batch = { targets, concurrency, json, lang, options, extras, output: TERMINAL_OUTPUT }
    return checkBatch(batch, controller.signal)
  }
  if (positionals.length !== 1) throw usage('usage', { usage: CHECK_DECLARATION.usage.join(' | ') })
  const input = positionals[0] ?? ''
  const target = parseTarget(input)
  if (!target.ok) throw new UsageError(t(`input:error.${target.error}`, target.params ?? {}))

  const reportFormat = values.report === undefined ? undefined : parseReportFormat(values.report)
  const report = await runCheck({ runId: randomUUID(), input, ...extras }, options, {
    signal: controller.signal,
  })
  const identity = identityOfRun(report.findings)
  if (values.json)
    process.stdout.write(
      terminalSafe(`${JSON.stringify({ ...report, provider: identitySummary(identity) }, null, 2)}\n`),
    )
  else if (reportFormat === undefined) {
    const provider = `${t('report:provider.label')}: ${identityText(identity, (key, params) => t(key, params ?? {}))}`
    const lines = [summaryLine(report, lang), provider, ...findingLines(report.findings, lang)]
    process.stdout.write(terminalSafe(`${lines.join('\n')}\n`))
  }
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
