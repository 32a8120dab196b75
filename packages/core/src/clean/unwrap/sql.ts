import type { MappedText } from "../builder.ts"
import { readString } from "./unescape.ts"

const sqlInsert = /\b(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)?INTO\s[^;]{0,500}?\bVALUES?\s*\(/gi

/** Does the text hold an `INSERT … VALUES (` statement? */
export const isSqlDump = (raw: string): boolean => {
  sqlInsert.lastIndex = 0
  return sqlInsert.test(raw)
}

/** The string literals of every `INSERT … VALUES (…), (…);` statement of an SQL dump. */
export const sqlStrings = (raw: string): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  const n = raw.length
  sqlInsert.lastIndex = 0
  for (let m = sqlInsert.exec(raw); m !== null; m = sqlInsert.exec(raw)) {
    let i = sqlInsert.lastIndex
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
    sqlInsert.lastIndex = i
  }
  return pieces
}
