import type { MappedText } from "../builder.ts"
import { readString } from "./unescape.ts"

// A program's source (TypeScript, JavaScript, Java, Python …) that holds news in its string literals
// (caption: '2023年11月15日，…'): the literals are the text; code, keys and comments are not.

const codeStart =
  /^(?:(?:import|export|const|let|var|function|class|interface|type|package|public|private|protected|return|def|from|async|await)\b|\/\/|\/\*|\*|[}\])]|#include\b)/
/** A line of code: it opens with a keyword, a comment or a closing bracket, or ends as a statement or a block does. */
const isCodeLine = (line: string): boolean => {
  const t = line.trim()
  return codeStart.test(t) || ";{}([,".includes(t[t.length - 1] ?? " ")
}
const hanLiteral = /(['"`])[^'"`\n]{0,200}?\p{Script=Han}/u

/**
 * Does the text read as a program (read in its first 4 KB): most of its lines are code, and a string
 * literal in it holds Chinese?
 */
export const isSourceCode = (raw: string): boolean => {
  const head = raw.length > 4096 ? raw.slice(0, 4096) : raw
  const lines = head.split("\n").filter((l) => l.trim().length > 0)
  if (lines.length < 8) return false
  const code = lines.filter(isCodeLine).length
  return code / lines.length >= 0.6 && hanLiteral.test(head)
}

const han = /\p{Script=Han}/u
// a record's own date field (time: "2023-04-28"): the year its text's 4月27日 is read in
const dateValue = /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/

/**
 * The string literals of a program that hold Chinese or are a date, unescaped, in order; comments are passed
 * over, but for the literals of a line of code commented out.
 */
export const sourceStrings = (raw: string): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  const n = raw.length
  let i = 0
  while (i < n) {
    const c = raw[i]!
    if (c === "/" && raw[i + 1] === "/") {
      const eol = raw.indexOf("\n", i)
      const lineEnd = eol < 0 ? n : eol
      // //  + "1月17日，某某…": a line of code commented out still holds the text of its literal (a comment's
      // own words are not read: only a double-quoted literal that closes on the line)
      for (let q = raw.indexOf('"', i); q >= 0 && q < lineEnd; q = raw.indexOf('"', q + 1)) {
        const { piece, end } = readString(raw, q, "json")
        if (end > lineEnd) break
        if (han.test(piece.text) || dateValue.test(piece.text)) pieces.push(piece)
        q = end - 1
      }
      i = lineEnd
    } else if (c === "/" && raw[i + 1] === "*") {
      const close = raw.indexOf("*/", i + 2)
      i = close < 0 ? n : close + 2
    } else if (c === "'" || c === '"' || c === "`") {
      const { piece, end } = readString(raw, i, "json")
      if (han.test(piece.text) || dateValue.test(piece.text)) pieces.push(piece)
      i = end
    } else i++
  }
  return pieces
}
