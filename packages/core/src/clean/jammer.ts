// A forum's anti-copy jammer (防采集干扰码): runs of one- or two-character ASCII tokens set between the words of a
// post (k7 R. x; D2 m+ P% t* z-), the last one glued to the text that follows it (…Q: W3月2日). They hide the
// dates that open a chronicle's lines and glue garbage to names, so they go before anything reads the line.

// five or more tokens, each followed by a space, then the line's last token or one character glued to the text
const run = /(?<![\x21-\x7e])(?:[\x21-\x7e]{1,2} ){5,}(?:[\x21-\x7e]{1,2}$|[A-Za-z!-/:-@[-`{-~](?=[^\x21-\x7e\s]|\d))?/g
// a token that mixes a letter with a digit or a mark (k7, x;, z-): no word, number or initials look like that
const mixed = /^(?:[A-Za-z][^A-Za-z\s]|[^A-Za-z\s][A-Za-z])$/

/** Ranges [start, end) of jammer runs in `line`. */
export const jammerRanges = (line: string): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = []
  if (!line.includes(" ")) return out
  for (const m of line.matchAll(run)) {
    const tokens = m[0].split(" ")
    if (tokens.filter((t) => mixed.test(t)).length < 3) continue
    // the spaces that set the run off from the words before it go with it
    let start = m.index
    while (start > 0 && line[start - 1] === " ") start--
    out.push([start, m.index + m[0].length])
  }
  return out
}
