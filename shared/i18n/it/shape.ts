import type en from '../en/index'

/** A resource tree with the shape of `T`: the same keys, a string wherever `T` has one, arrays of the same kind. */
export type TextsShaped<T> = T extends string
  ? string
  : T extends readonly (infer Element)[]
    ? readonly TextsShaped<Element>[]
    : { [Key in keyof T]: TextsShaped<T[Key]> }

/** What every language's texts must hold: the English key set (the type only; no code reads the English text). */
export type AppTexts = TextsShaped<typeof en>
