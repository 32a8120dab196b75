import type { MappedText } from "../builder.ts"
import { readString } from "./unescape.ts"

// a JSON document: an object (or a list of them) whose first key is a string, or a list of strings;
// a JavaScript assignment or JSONP call around it is allowed
const jsonShape = /^[\s\ufeff]*(?:(?:var\s+|let\s+|const\s+)?[A-Za-z_$][\w$.]*\s*(?:=|\()\s*)?(?:\[\s*)*(?:\{\s*"(?:[^"\\\n]|\\.){0,200}"\s*:|\[\s*")/

/** Does the text open as a JSON document (read in its first 4 KB)? */
export const isJson = (raw: string): boolean => jsonShape.test(raw.length > 4096 ? raw.slice(0, 4096) : raw)

/** The values of a JSON document (keys left out), read leniently: a document cut short still gives its strings. */
export const jsonStrings = (raw: string): Array<MappedText> => {
  const pieces: Array<MappedText> = []
  let i = raw.indexOf('"')
  while (i >= 0 && i < raw.length) {
    const { piece, end } = readString(raw, i, "json")
    let k = end
    while (k < raw.length && (raw[k] === " " || raw[k] === "\n" || raw[k] === "\r" || raw[k] === "\t")) k++
    if (raw[k] !== ":") pieces.push(piece)
    i = raw.indexOf('"', end)
  }
  return pieces
}
