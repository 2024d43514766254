/** Starts the benchmarks' loopback servers (scripts/bench-servers.ts) in a process of their own. */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WORLD_LINE, type SlowWorld } from './bench-fixtures'

/** The running world: what it started, the CPU its processes have used so far, and how to stop it. */
export interface RunningSlowWorld {
  world: SlowWorld
  /** CPU time (ms) used by the server process and every process under it (Dovecot's too), or null off Linux. */
  cpuMs: () => number | null
  stop: () => Promise<void>
}

/** Starts scripts/bench-servers.ts as a child process and reads what it started. */
export async function startSlowWorld(): Promise<RunningSlowWorld> {
  const child = spawn(join('node_modules', '.bin', 'tsx'), [join('scripts', 'bench-servers.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    child.stdin.end()
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())])
    if (child.exitCode === null) child.kill()
  }
  let output = ''
  const world = await new Promise<SlowWorld>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString()
      const line = output.split('\n').find((entry) => entry.startsWith(WORLD_LINE))
      if (line) resolve(JSON.parse(line.slice(WORLD_LINE.length)) as SlowWorld)
    })
    void exited.then(() => reject(new Error(`the bench servers stopped: ${output}`)))
  }).catch(async (error: unknown) => {
    await stop()
    throw error
  })
  return { world, cpuMs: () => (child.pid === undefined ? null : processTreeCpuMs(child.pid)), stop }
}

/** One process as /proc/PID/stat tells it: its parent, and its CPU and that of its reaped children, in ms. */
function procStat(pid: string): { parent: string; cpuMs: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0)
    return { parent: fields[1] ?? '', cpuMs: ticks * 10 }
  } catch {
    return null
  }
}

/**
 * The CPU time used by a process and all its descendants, living or reaped (Linux /proc; the clock
 * tick is taken as 10 ms, as on every usual kernel); null where /proc cannot be read.
 */
export function processTreeCpuMs(root: number): number | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  const stats = new Map(pids.flatMap((pid) => Object.entries({ [pid]: procStat(pid) })))
  const inTree = new Set([String(root)])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, stat] of stats)
      if (stat && !inTree.has(pid) && inTree.has(stat.parent)) {
        inTree.add(pid)
        grew = true
      }
  }
  return [...inTree].reduce((sum, pid) => sum + (stats.get(pid)?.cpuMs ?? 0), 0)
}
