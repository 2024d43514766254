import { describe, expect, it } from 'vitest'
import { createI18n } from '../../shared/i18n'
import { folderRoleText, messageDate } from './mailbox-panel-model'

const say = (lang: 'it' | 'en') => {
  const i18n = createI18n(lang)
  return (key: string) => i18n.t(key)
}

describe('mailbox panel: folders and dates as staff read them', () => {
  it('names each folder role in words in both languages, never as the server’s flag', () => {
    const folders = [
      { name: 'INBOX', specialUse: null },
      { name: 'Junk', specialUse: '\\Junk' },
      { name: 'Sent', specialUse: '\\Sent' },
      { name: 'Cestino', specialUse: '\\Trash' },
      { name: 'Bozze', specialUse: '\\drafts' },
      { name: 'Fornitori', specialUse: null },
    ]
    expect(folders.map((folder) => folderRoleText(folder, say('it')))).toEqual([
      'Posta in arrivo',
      'Posta indesiderata (spam)',
      'Posta inviata',
      'Cestino',
      'Bozze',
      '—',
    ])
    expect(folders.map((folder) => folderRoleText(folder, say('en')))).toEqual([
      'Inbox',
      'Junk (spam)',
      'Sent',
      'Trash',
      'Drafts',
      '—',
    ])
  })

  it('names every RFC 6154 role, and keeps a flag it has no word for as the server wrote it', () => {
    for (const flag of ['\\All', '\\Archive', '\\Flagged', '\\Important'])
      expect(folderRoleText({ name: 'x', specialUse: flag }, say('it'))).not.toMatch(/\\|report:/)
    expect(folderRoleText({ name: 'x', specialUse: '\\Receipts' }, say('en'))).toBe('\\Receipts')
  })

  it('writes a message’s date in the person’s language, and an unreadable one as it came', () => {
    const raw = 'Thu, 03 Dec 2026 09:15:00 +0100'
    const it = messageDate(raw, 'it')
    const en = messageDate(raw, 'en')
    expect(it).toBe(
      new Intl.DateTimeFormat('it', { dateStyle: 'medium', timeStyle: 'short' }).format(
        Date.UTC(2026, 11, 3, 8, 15),
      ),
    )
    expect(it).toMatch(/ dic 2026/)
    expect(en).toMatch(/^Dec \d+, 2026/)
    expect(en).not.toContain('+0100')
    expect(messageDate('sometime last week', 'en')).toBe('sometime last week')
  })
})
