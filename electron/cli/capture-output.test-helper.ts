import { vi } from 'vitest'

/** Runs a CLI command with its arguments and returns its exit status and what it wrote to stdout. */
export async function captureOutput(
  command: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; out: string }> {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    return { code: await command(args), out }
  } finally {
    spy.mockRestore()
  }
}
