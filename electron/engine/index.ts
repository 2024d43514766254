/**
 * The engine's one public entry: what the three fronts (the Electron app through api-service.ts,
 * the CLI, the browser harness) use, so they differ only in transport. Lint keeps the fronts out
 * of the engine's inner modules.
 */
export { runCheck, type RunHooks } from './check'
export { ENGINE_DEFAULTS, type EngineOptions } from './context/check-context'
export { parseProbePorts } from './probe-ports'
export { engineOptionsFromEnvironment } from './environment'
export {
  testEnvelope,
  testLogin,
  testMailbox,
  testRoundTrip,
  testServer,
  type EnvelopeRequest,
  type EnvelopeTest,
  type NamedServer,
} from './server-tests'
export { verifyDkim } from './headers/dkim-verify'
export { knownMailboxServer, type KnownMailboxServer } from './mailbox-server'
export { testMailboxLook, type MailboxLookRequest, type MailboxLookResult } from './probes/mailbox-look'
export type { ProbeOptions, ProbeResult, ProbeTarget } from './probes/probe-types'
export { withDeadline, withinDeadline } from './util/deadline'
export {
  compareAccounts,
  findMailPrograms,
  programFindings,
  programsHostFromEnvironment,
  readMailPrograms,
  type ComparedAccount,
  type FindOptions,
  type ProgramsFound,
} from './mail-programs/find'
export { engineDiscovery } from './engine-discovery'
export type { DiscoverSettings } from './mail-programs/right-settings'
