/**
 * The round trip's search for its test message in every folder of an IMAP mailbox: the inbox
 * first, then the spam folder, then the others. A spam filter or a rule may have moved it there.
 */
import { imapQuote, parseSearch } from './imap-parse'
import type { ImapSession } from './imap-probe'
import { isSpamFolder } from './mailbox-look-findings'
import { listFolders } from './mailbox-look'
import { ProbeError } from './probe-error'

/** Where the test message was found: the folder's name for people, and whether it is the spam folder. */
export interface TestMessagePlace {
  folder: string
  raw: string
  inSpam: boolean
  uids: string[]
}

/**
 * Opens each folder (SELECT, since the round trip deletes its own message afterwards) and searches
 * for the header that carries `token`. Null when no folder holds it.
 */
export async function findTestMessage(
  session: ImapSession,
  header: string,
  token: string,
): Promise<TestMessagePlace | null> {
  const inInbox = await searchFolder(session, 'INBOX', header, token)
  if (inInbox) return { folder: 'INBOX', raw: 'INBOX', inSpam: false, uids: inInbox }
  const offers = (name: string) => session.capabilities.some((cap) => cap.toUpperCase() === name)
  const folders = await listFolders(session, offers('SPECIAL-USE') && offers('LIST-EXTENDED'))
  for (const folder of folders) {
    if (!folder.selectable || folder.raw.toUpperCase() === 'INBOX') continue
    const uids = await searchFolder(session, folder.raw, header, token).catch((error: unknown) => {
      if (error instanceof ProbeError && error.code === 'command-rejected') return null
      throw error
    })
    if (uids) return { folder: folder.name, raw: folder.raw, inSpam: isSpamFolder(folder), uids }
  }
  return null
}

async function searchFolder(
  session: ImapSession,
  raw: string,
  header: string,
  token: string,
): Promise<string[] | null> {
  const select = await session.command(`SELECT ${imapQuote(raw)}`, 'total')
  if (select.status !== 'OK') throw new ProbeError('command-rejected', 'total', select.text)
  const search = await session.command(`UID SEARCH HEADER ${header} ${token}`, 'total')
  const uids = parseSearch(search.untagged).map(String)
  return uids.length > 0 ? uids : null
}
