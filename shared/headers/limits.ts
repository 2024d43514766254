/** The most of a paste the headers reader looks at (4 MiB of text); the rest is ignored and `truncated` is set. */
export const MAX_HEADER_INPUT_CHARS = 4 * 1024 * 1024
