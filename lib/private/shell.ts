/** Quotes a word for a POSIX shell: plain words stay as they are, others go in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
