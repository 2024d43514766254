import { describe, expect, it } from 'vitest'
import {
  decodeModifiedUtf7,
  parseHeaderFetch,
  parseList,
  parseQuota,
  parseSearch,
  parseStatusMessages,
} from './imap-parse'

describe('IMAP response readers of the mailbox look', () => {
  it('reads the STORAGE quota in units of 1024 bytes and ignores other resources', () => {
    expect(
      parseQuota(['* QUOTAROOT INBOX "User quota"', '* QUOTA "User quota" (MESSAGE 3 100 STORAGE 512 1024)']),
    ).toEqual({
      usedBytes: 512 * 1024,
      limitBytes: 1024 * 1024,
    })
    expect(parseQuota(['* QUOTA "" (MESSAGE 3 100)'])).toBeNull()
    expect(parseQuota(['* QUOTA "" (STORAGE 5 0)'])).toBeNull()
  })

  it('reads folder names quoted, atom, literal and in modified UTF-7, with special uses', () => {
    const folders = parseList(
      [
        '* LIST (\\HasNoChildren) "." INBOX',
        '* LIST (\\HasNoChildren \\Junk) "." "Posta indesiderata"',
        '* LIST (\\Noselect \\HasChildren) "/" {7}',
        'Archivi',
        '* LIST (\\Sent) "." "Posta &AOg- inviata"',
        '* LIST () NIL "Caf&AOk-"',
        '* OK garbage',
      ],
      100,
    )
    expect(folders).toEqual([
      { raw: 'INBOX', name: 'INBOX', specialUse: null, selectable: true },
      { raw: 'Posta indesiderata', name: 'Posta indesiderata', specialUse: '\\Junk', selectable: true },
      { raw: 'Archivi', name: 'Archivi', specialUse: null, selectable: false },
      { raw: 'Posta &AOg- inviata', name: 'Posta è inviata', specialUse: '\\Sent', selectable: true },
      { raw: 'Caf&AOk-', name: 'Café', specialUse: null, selectable: true },
    ])
    expect(
      parseList(
        Array.from({ length: 500 }, (_, i) => `* LIST () "." F${i}`),
        100,
      ),
    ).toHaveLength(100)
  })

  it('decodes modified UTF-7, including "&-" for a plain ampersand', () => {
    expect(decodeModifiedUtf7('R&-D')).toBe('R&D')
    expect(decodeModifiedUtf7('&ZeVnLIqe-')).toBe('日本語')
  })

  it('reads STATUS counts and SEARCH results', () => {
    expect(parseStatusMessages(['* STATUS "Posta inviata" (MESSAGES 42)'])).toBe(42)
    expect(parseStatusMessages(['* STATUS x (UNSEEN 2)'])).toBeNull()
    expect(parseSearch(['* SEARCH 3 17 99', '* SEARCH'])).toEqual([3, 17, 99])
  })

  it('reads fetched header fields by UID, folded and encoded', () => {
    const lines = [
      '* 2 FETCH (UID 17 BODY[HEADER.FIELDS (SUBJECT FROM DATE)] {96}',
      'Subject: =?UTF-8?Q?Fattura_di_marzo_=E2=82=AC?=',
      ' 120',
      'From: Studio Verdi <fatture@verdi.example>',
      '',
      ')',
      'a5 OK Fetch completed.',
    ]
    expect(parseHeaderFetch(lines)).toEqual([
      { uid: 17, subject: 'Fattura di marzo € 120', from: 'Studio Verdi <fatture@verdi.example>', date: '' },
    ])
  })
})
