/** Sizes as whole numbers in one unit fit for the limit, so no language needs a decimal separator. */
export function sizeParams(
  usedBytes: number,
  limitBytes: number,
): { used: number; limit: number; unit: string } {
  const unit = limitBytes >= 10 * 1024 ** 3 ? 'GB' : limitBytes >= 10 * 1024 ** 2 ? 'MB' : 'KB'
  const divisor = unit === 'GB' ? 1024 ** 3 : unit === 'MB' ? 1024 ** 2 : 1024
  return { used: Math.round(usedBytes / divisor), limit: Math.round(limitBytes / divisor), unit }
}
