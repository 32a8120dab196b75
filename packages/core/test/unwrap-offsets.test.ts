import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cleanDocument } from "../src/clean/index.ts"
import { unwrapToPlainText } from "../src/clean/unwrap/index.ts"
import { expectExactMap, isIdeograph, producedBy } from "./unwrap-map.ts"

// The offset map through every unwrapping step (HTML, JSON and SQL strings), on generated text: each
// character of the plain text maps back to the raw characters that produced it.
const knowledge = { spamWords: ["娱乐城"] }


const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."会议省委书记调研召开县市镇部署强调工作") },
  { weight: 1, arbitrary: fc.constantFrom("\u{20000}", "“", "”", "，", "。") },
  { weight: 2, arbitrary: fc.constantFrom("a", "Z", "1", "9", " ", ",", ".", ":", "-") },
  { weight: 2, arbitrary: fc.constantFrom('"', "'", "\\", "/", "\n", "\r\n", "\t", "&", "<") }
)
const content = fc.array(unit, { minLength: 1, maxLength: 40 }).map((u) => u.join(""))
type Choice = readonly [boolean, boolean]
const choices = fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 200, maxLength: 200 })

/** HTML for a text: < and & escaped, ideographs written as references or not, paragraphs around it. */
const asHtml = (t: string, pick: ReadonlyArray<Choice>): string => {
  let k = 0
  let out = ""
  for (const ch of t) {
    const [a, b] = pick[k++ % pick.length]!
    const c = ch.codePointAt(0)!
    if (ch === "<") out += "&lt;"
    else if (ch === "&") out += a ? "&amp;" : "&#38;"
    else if (ch === "“") out += a ? "&ldquo;" : ch
    else if (isIdeograph(c) && a) out += b ? `&#${c};` : `&#x${c.toString(16)};`
    else out += ch
  }
  return `<div class="x"><p>${out}</p><br/></div>`
}

/** A JSON string literal: quotes and backslashes escaped, ideographs as \u escapes or not, / as \/ or not. */
const asJsonString = (t: string, pick: ReadonlyArray<Choice>): string => {
  let k = 0
  let out = ""
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!
    const [a, b] = pick[k++ % pick.length]!
    const c = ch.charCodeAt(0)
    if (ch === '"') out += '\\"'
    else if (ch === "\\") out += "\\\\"
    else if (ch === "/") out += a ? "\\/" : "/"
    else if (ch === "\r" && t[i + 1] === "\n") {
      out += "\\r\\n"
      i++
    } else if (ch === "\n") out += "\\n"
    else if (ch === "\t") out += "\\t"
    else if (a && c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      // a surrogate pair is escaped as two escapes
      out += `\\u${c.toString(16)}\\u${t.charCodeAt(i + 1).toString(16).toUpperCase()}`
      i++
    } else if (a && isIdeograph(c)) out += b ? `\\u${c.toString(16)}` : `\\u${c.toString(16).toUpperCase()}`
    else out += ch
  }
  return `"${out}"`
}

/** A MySQL string literal: ' as \' or '', backslashes doubled, line breaks as \n or \r\n. */
const asSqlString = (t: string, pick: ReadonlyArray<Choice>): string => {
  let k = 0
  let out = ""
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!
    const [a] = pick[k++ % pick.length]!
    if (ch === "'") out += a ? "\\'" : "''"
    else if (ch === "\\") out += "\\\\"
    else if (ch === "\r" && t[i + 1] === "\n") {
      out += "\\r\\n"
      i++
    } else if (ch === "\n") out += "\\n"
    else if (ch === "\t") out += a ? "\\t" : "\t"
    else out += ch
  }
  return `'${out}'`
}

const ideographs = (s: string): string => [...s].filter((c) => isIdeograph(c.codePointAt(0)!) || c === "\u{20000}").join("")

const wrapped = fc
  .tuple(fc.constantFrom("json", "sql", "html", "json+html", "sql+html", "escaped"), fc.array(content, { minLength: 1, maxLength: 4 }), choices)
  .map(([shape, texts, pick]) => {
    const inner = shape.endsWith("+html") || shape === "html" ? texts.map((t) => asHtml(t, pick)) : texts
    let raw: string
    if (shape.startsWith("json")) raw = `{"id":1,"items":[${inner.map((t, i) => `{"k${i}":${asJsonString(t, pick)},"n":${i}}`).join(",")}],"ok":true}`
    else if (shape.startsWith("sql")) raw = `-- dump\nINSERT INTO t (id, body) VALUES ${inner.map((t, i) => `(${i}, ${asSqlString(t, pick)})`).join(",\n")};\n`
    else if (shape === "html") raw = inner.join("\n")
    // a string literal of a program: two escaped breaks between Chinese sentences make it recognisable
    else raw = asJsonString(`会议\n召开\n${texts.join("\n")}`, pick)
    return { shape, raw, texts: shape === "escaped" ? [`会议\n召开\n${texts.join("\n")}`] : texts }
  })

describe("offset map through unwrapping (fast-check)", () => {
  it("every clean ideograph maps to itself or to the escape or reference that produced it; the map never decreases", () => {
    fc.assert(
      fc.property(wrapped, ({ raw, texts }) => {
        const u = unwrapToPlainText(raw).plain
        // the text survives: every ideograph, in order
        expect(ideographs(u.text)).toBe(ideographs(texts.join("")))
        expectExactMap(raw, u)
        const c = cleanDocument(raw, knowledge)
        expect(c.map.length).toBe(c.text.length + 1)
        for (let i = 0; i < c.text.length; i++) {
          expect(c.map[i]!).toBeLessThanOrEqual(c.map[i + 1]!)
          const ch = c.text[i]!
          if (isIdeograph(ch.charCodeAt(0))) expect(producedBy(raw, c.map[i]!, ch)).toBe(true)
        }
      }),
      { numRuns: 400 }
    )
  })
})
