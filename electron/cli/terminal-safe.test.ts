import { describe, expect, it } from 'vitest'
import { terminalSafe } from './terminal-safe'

describe('terminalSafe', () => {
  it('shows escape sequences, C1 controls, CR and bidi overrides as visible escapes', () => {
    expect(terminalSafe('rua=mailto:\u001b]0;pwned\u0007x@example.com')).toBe(
      'rua=mailto:\\u001b]0;pwned\\u0007x@example.com',
    )
    expect(terminalSafe('a\u009b2Jb\rc\u202ed\u0000')).toBe('a\\u009b2Jb\\u000dc\\u202ed\\u0000')
  })

  it('keeps lines, tabs and ordinary text, including accents', () => {
    expect(terminalSafe('Perché?\n\tsì — 550 5.1.1')).toBe('Perché?\n\tsì — 550 5.1.1')
  })

  it('keeps JSON valid and its values intact', () => {
    const value = { diagnostic: '550 \u001b[2J\u009b\u202e text' }
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value)
  })
})
