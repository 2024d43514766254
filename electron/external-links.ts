import { shell } from 'electron'
import { isAllowedExternalLink } from '../shared/external-links'

/** Opens a link in the person's browser if it is on the allowlist; says whether it did. */
export async function openAllowedExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalLink(url)) return false
  await shell.openExternal(url)
  return true
}
