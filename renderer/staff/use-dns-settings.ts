import { useRef, useState, type FormEvent } from 'react'
import { MAX_DNS_SERVERS, parseDnsServer, type DnsServerError } from '../../shared/app-settings'
import type { EffectiveSetting } from '../../shared/ipc'
import { api } from '../bridge/api'

/** The system's resolvers, or servers the staff type. */
export type DnsMode = 'system' | 'custom'
/** What is wrong with the typed servers, and the part that is. */
export type DnsProblem = { error: DnsServerError; value: string }
/** How the last save went. */
export type DnsSaved = { kind: 'saved'; servers: string[] } | { kind: 'failed'; message: string }

/** Reads the typed list of DNS servers: the servers in the engine's form, or the first problem. */
function readServers(text: string): { servers: string[] } | { problem: DnsProblem } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length === 0) return { problem: { error: 'empty', value: '' } }
  if (parts.length > MAX_DNS_SERVERS) return { problem: { error: 'tooMany', value: '' } }
  const servers: string[] = []
  for (const part of parts) {
    const parsed = parseDnsServer(part)
    if (!parsed.ok) return { problem: { error: parsed.error, value: part } }
    servers.push(parsed.server)
  }
  return { servers }
}

/**
 * The settings dialog's DNS choice as main keeps it (`settings:get` / `settings:set`): `load` reads
 * it before the dialog opens, `save` checks the typed servers (focusing the field on a problem).
 */
export function useDnsSettings() {
  const fieldRef = useRef<HTMLInputElement>(null)
  const [mode, setMode] = useState<DnsMode>('system')
  const [text, setText] = useState('')
  const [effective, setEffective] = useState<EffectiveSetting[] | null>(null)
  const [problem, setProblem] = useState<DnsProblem | null>(null)
  const [saved, setSaved] = useState<DnsSaved | null>(null)

  const load = async () => {
    setProblem(null)
    setSaved(null)
    const [result, inEffect] = await Promise.all([api().getSettings(), api().effectiveSettings()])
    setEffective(inEffect.ok ? inEffect.value : null)
    if (result.ok) {
      setMode(result.value.dnsServers.length > 0 ? 'custom' : 'system')
      setText(result.value.dnsServers.join(', '))
    }
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(null)
    const read = mode === 'custom' ? readServers(text) : { servers: [] }
    if ('problem' in read) {
      setProblem(read.problem)
      fieldRef.current?.focus()
      return
    }
    setProblem(null)
    const result = await api().setSettings({ dnsServers: read.servers })
    if (result.ok) {
      const inEffect = await api().effectiveSettings()
      setEffective(inEffect.ok ? inEffect.value : null)
      setText(result.value.dnsServers.join(', '))
      setSaved({ kind: 'saved', servers: result.value.dnsServers })
    } else {
      setSaved({ kind: 'failed', message: result.error.message })
    }
  }

  const choose = (next: DnsMode) => {
    setMode(next)
    if (next === 'system') setProblem(null)
  }

  return { fieldRef, mode, choose, text, setText, effective, problem, saved, load, save }
}
