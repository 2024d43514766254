/**
 * The people who must act, as one phrase a person reads: «Tu e il tuo fornitore di posta», “You and
 * your mail provider”. Each name is written to stand alone (capitalised), so the later ones are
 * lower-cased and the list is joined the way the language joins it.
 */
export function whoActsPhrase(names: readonly string[], language: string): string {
  const phrases = names.map((name, index) =>
    index === 0 ? name : `${name.charAt(0).toLocaleLowerCase(language)}${name.slice(1)}`,
  )
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(phrases)
}
