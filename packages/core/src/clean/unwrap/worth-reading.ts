// a value worth reading: it holds Chinese (any non-ASCII), words with spaces, a date or markup; not an
// id, a number, a path or a URL
const hasNonAscii = /[^\x00-\x7f]/
const hasDate = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/
/**
 * Two letters, a space, two letters, on one line (the space may be the line break): what
 * /[A-Za-z]{2}[^\n]*\s[^\n]*[A-Za-z]{2}/ tests, in two passes (the pattern backtracked over the whole
 * line from every pair of letters: quadratic on a long value).
 */
const isProse = (s: string): boolean => {
  const n = s.length
  const letter = (i: number): boolean => {
    const c = s.charCodeAt(i)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  }
  // after[j]: two letters start after j with no line break between
  const after = new Uint8Array(n)
  let seen = 0
  for (let i = n - 1; i >= 0; i--) {
    after[i] = seen
    if (s.charCodeAt(i) === 10) seen = 0
    else if (i + 1 < n && letter(i) && letter(i + 1)) seen = 1
  }
  // before: two letters end before j with no line break between
  let before = 0
  for (let j = 0; j < n; j++) {
    if (before === 1 && after[j] === 1 && /\s/.test(s[j]!)) return true
    if (s.charCodeAt(j) === 10) before = 0
    else if (j >= 1 && letter(j - 1) && letter(j)) before = 1
  }
  return false
}
// markup, or Chinese written as numeric references (&#20013;)
const hasMarkup = /&#x?[0-9a-fA-F]+;|<\/?[a-zA-Z]/

/** Is a string of a JSON document or an SQL dump text to read (not an id, a number, a path, a URL)? */
export const worthReading = (s: string): boolean => hasNonAscii.test(s) || hasDate.test(s) || isProse(s) || hasMarkup.test(s)
