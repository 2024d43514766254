import { shell } from 'electron'
import { allowedExternalLink } from '../shared/external-links'

/**
 * Opens a link in the person's browser if it is on the allowlist, passing the parsed, normalised
 * URL (never the string given); says whether it did.
 */
export async function openAllowedExternal(url: string): Promise<boolean> {
  const link = allowedExternalLink(url)
  if (!link) return false
  await shell.openExternal(link.href)
  return true
}
