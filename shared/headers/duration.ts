/** A number of seconds as people read it (`45 s`, `27 min 11 s`, `3 h 14 min`), the same in Italian and English. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds))
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) {
    const rest = seconds % 60
    return rest === 0 ? `${Math.floor(seconds / 60)} min` : `${Math.floor(seconds / 60)} min ${rest} s`
  }
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`
}
