import type { ProbeKind } from '../../../shared/ipc'
import { probeImap } from './imap-probe'
import { probePop3 } from './pop3-probe'
import type { ProbeOptions, ProbeResult, ProbeTarget } from './probe-types'
import { probeSmtp } from './smtp-probe'

/** Runs the probe that fits the target's kind. Never throws. */
export function runProbe(
  target: ProbeTarget,
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const kind: ProbeKind = target.kind
  switch (kind) {
    case 'smtp':
    case 'submission':
    case 'submissions':
      return probeSmtp({ ...target, kind }, options, signal)
    case 'imap':
    case 'imaps':
      return probeImap({ ...target, kind }, options, signal)
    case 'pop3':
    case 'pop3s':
      return probePop3({ ...target, kind }, options, signal)
  }
}
