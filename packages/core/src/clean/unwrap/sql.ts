import type { MappedText } from "../builder.ts"
import { readString } from "./unescape.ts"

const sqlInsert = /\b(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)?INTO\s[^;]{0,500}?\bVALUES?\s*\(/gi

// ('2','某标题','<p>…'), …: the rows of an INSERT whose statement stands elsewhere (an excerpt of a dump, one
// row copied alone): a tuple opening the text whose first values are a number or a quoted string
const bareRow = /^\s*\(\s*(?:-?\d+|NULL|'[^'\n]{0,200}'|"[^"\n]{0,200}")\s*,\s*['"]/i

/** Does the text hold an `INSERT … VALUES (` statement, or open with the rows of one? */
export const isSqlDump = (raw: string): boolean => {
  sqlInsert.lastIndex = 0
  return sqlInsert.test(raw) || bareRow.test(raw)
}

/** Where each list of rows starts: after every `INSERT … VALUES (`, and at a bare row opening the text. */
const rowLists = function* (raw: string): Generator<number> {
  const bare = bareRow.exec(raw)
  if (bare !== null) yield raw.indexOf("(") + 1
  sqlInsert.lastIndex = 0
  for (let m = sqlInsert.exec(raw); m !== null; m = sqlInsert.exec(raw)) yield sqlInsert.lastIndex
}

/** The string literals of every `INSERT … VALUES (…), (…);` statement of an SQL dump. */
export const sqlStrings = (raw: string): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  const n = raw.length
  let done = 0
  for (const from of rowLists(raw)) {
    // (a statement inside the bare rows already read)
    if (from < done) continue
    let i = from
    let depth0 = 1
    // the tuples run until a `;` or anything but a comma between them
    while (i < n) {
      const c = raw[i]!
      if (c === "'" || c === '"') {
        const { piece, end } = readString(raw, i, "sql")
        pieces.push(piece)
        i = end
        continue
      }
      if (c === "(") depth0++
      else if (c === ")") depth0--
      else if (c === ";" && depth0 <= 0) break
      else if (c === "-" && raw[i + 1] === "-") {
        const eol = raw.indexOf("\n", i)
        i = eol < 0 ? n : eol
        continue
      } else if (c === "/" && raw[i + 1] === "*") {
        const close = raw.indexOf("*/", i + 2)
        i = close < 0 ? n : close + 2
        continue
      } else if (depth0 <= 0 && c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "\t") break
      i++
    }
    done = i
  }
  return pieces
}
