import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { cueAlternation, cueCharacters, cueRegExp, cueRegExpWith, cueWords, parseCues } from "../src/knowledge/cues.ts"

// Closed word classes (participation, reference, visit verbs, chrome labels, mastheads, times of day,
// division suffixes …) live in data/cues.tsv and the other data files; code keeps only the shape of an
// expression. This test reads every source file of packages/core/src and fails on an expression, an
// array or a character set that lists two or more Chinese words.
//
// Grammar characters may stay in code, because they are the grammar of dates, numbers and clocks, not
// word lists: numerals (〇零一二三四五六七八九十百千万两), the date's units (年月日号, 星期/周 and 天 of the
// weekday), the clock's (时点分), the range connectors of dates (3日至5日, 3日到5日) and the particle 的.
const grammar = new Set([..."〇零一二三四五六七八九十百千万两年月日号星期周天时点分至到的"])

const han = /\p{Script=Han}/u
const wordChars = (s: string): Array<string> => [...s].filter((c) => han.test(c) && !grammar.has(c))

const src = new URL("../src/", import.meta.url).pathname
const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith(".ts") ? [p] : []
  })

/**
 * The alternations and classes of a regular expression's source: for each group (and the top level) the
 * Chinese characters each alternative holds at that level, and the characters of each class.
 */
const regexParts = (source: string): { alternations: Array<Array<string>>; classes: Array<string> } => {
  const alternations: Array<Array<string>> = []
  const classes: Array<string> = []
  const stack: Array<Array<string>> = [[""]]
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    const level = stack[stack.length - 1]!
    if (c === "\\") {
      // an escape: \p{…} and \u{…} are no literal characters; \x is one
      if (source[i + 1] === "p" || source[i + 1] === "P" || source[i + 1] === "u") {
        const close = source[i + 2] === "{" ? source.indexOf("}", i) : i + 5
        i = close + 1
      } else i += 2
    } else if (c === "[") {
      let j = i + 1
      let chars = ""
      while (j < source.length && source[j] !== "]") {
        if (source[j] === "\\") {
          if (source[j + 1] === "p" || source[j + 1] === "P") j = source.indexOf("}", j) + 1
          else {
            chars += source[j + 1] ?? ""
            j += 2
          }
        } else chars += source[j++]
      }
      classes.push(chars)
      i = j + 1
    } else if (c === "(") {
      stack.push([""])
      i++
      if (source[i] === "?") {
        i++
        if (source[i] === "<" && source[i + 1] !== "=" && source[i + 1] !== "!") i = source.indexOf(">", i) + 1
        else i++
      }
    } else if (c === ")") {
      alternations.push(stack.pop()!)
      i++
    } else if (c === "|") {
      level.push("")
      i++
    } else {
      level[level.length - 1] += c
      i++
    }
  }
  alternations.push(...stack)
  return { alternations, classes }
}

/** Problems in one regular expression's source ("" for none). */
const regexProblem = (source: string): string | null => {
  const { alternations, classes } = regexParts(source)
  for (const alts of alternations) {
    const words = alts.filter((a) => wordChars(a).length > 0)
    if (words.length >= 2) return `alternatives ${words.join("|")}`
  }
  for (const cls of classes) if (wordChars(cls).length >= 2) return `character class [${cls}]`
  return null
}

const setCallees = new Set(["charTable"])

/** Every word list in one file: `file:line what`. */
const wordListsIn = (file: string): Array<string> => {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const out: Array<string> = []
  const report = (n: ts.Node, what: string) =>
    out.push(`${file.slice(src.length)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${what}`)
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (n as ts.RegularExpressionLiteral).text
      const problem = regexProblem(text.slice(1, text.lastIndexOf("/")))
      if (problem !== null) report(n, `expression ${text}: ${problem}`)
    } else if (ts.isTaggedTemplateExpression(n) || (ts.isNewExpression(n) && n.expression.getText(sf) === "RegExp")) {
      // cueRegExp`…${"category"}…` and new RegExp(`…`): the literal parts are an expression's source
      const tpl = ts.isTaggedTemplateExpression(n) ? n.template : n.arguments?.[0]
      // a tagged template's source is its raw text (\s stays \s); a slot stands for one foreign word
      const part = (p: ts.TemplateLiteralLikeNode): string => (ts.isTaggedTemplateExpression(n) ? (p.rawText ?? p.text) : p.text)
      const source =
        tpl === undefined
          ? ""
          : ts.isStringLiteral(tpl)
            ? tpl.text
            : ts.isNoSubstitutionTemplateLiteral(tpl)
              ? part(tpl)
              : ts.isTemplateExpression(tpl)
                ? [part(tpl.head), ...tpl.templateSpans.map((s) => part(s.literal))].join("X")
                : ""
      const problem = regexProblem(source)
      if (problem !== null) report(n, `expression ${source}: ${problem}`)
    } else if (ts.isArrayLiteralExpression(n)) {
      const words = n.elements.filter((e) => ts.isStringLiteralLike(e) && wordChars(e.text).length > 0)
      if (words.length >= 2) report(n, `array ${words.map((e) => e.getText(sf)).join(", ")}`)
    } else if (ts.isStringLiteralLike(n) && wordChars(n.text).length >= 2) {
      // a string used as a set of characters: spread, a table's characters, a receiver of includes
      const p = n.parent
      const asSet =
        ts.isSpreadElement(p) ||
        (ts.isCallExpression(p) && setCallees.has(p.expression.getText(sf))) ||
        (ts.isPropertyAccessExpression(p) && p.expression === n && ["includes", "indexOf"].includes(p.name.text))
      if (asSet) report(n, `characters ${n.getText(sf)}`)
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return out
}

describe("no word lists in code", () => {
  it("finds the lists it looks for", () => {
    expect(regexProblem("^(?:上午|下午)")).not.toBeNull()
    expect(regexProblem("[和及与]")).not.toBeNull()
    expect(regexProblem("(?:星期|周)[一二三四五六日天]")).toBeNull()
    expect(regexProblem("^(\\d{4})\\s*(?:年|-|\\/)\\s*(\\d{1,2})\\s*月")).toBeNull()
    expect(regexProblem("^(?:X)\\s*(?:\\d{1,2}\\s*[时点:：])?")).toBeNull()
  })

  it("packages/core/src holds none", () => {
    expect(filesUnder(src).flatMap(wordListsIn)).toEqual([])
  })
})

describe("cues.tsv", () => {
  const cues = parseCues(["# comment", "a\t上午", "a\t下午", "a\t上午", "b\t(.)", "c\t和", "c\t及", ""].join("\n"))
  it("keeps each category's words in file order, once", () => {
    expect(cueWords("a", cues)).toEqual(["上午", "下午"])
  })
  it("escapes words in expressions", () => {
    expect(cueAlternation("b", cues)).toBe("\\(\\.\\)")
    expect(new RegExp(`^(?:${cueAlternation("a", cues)})`).test("下午三点")).toBe(true)
  })
  it("runs one-character words together for a character class", () => {
    expect(cueCharacters("c", cues)).toBe("和及")
    expect(() => cueCharacters("a", cues)).toThrow(/character/)
  })
  it("fails on a category the file does not have", () => {
    expect(() => cueWords("nothing", cues)).toThrow(/nothing/)
  })
  it("builds expressions from the bundled file", () => {
    const re = cueRegExp`^(?:${"time-of-day"})\s*`
    expect(re.test("上午 九时")).toBe(true)
    expect(cueRegExpWith("u")`^\p{Script=Han}`.flags).toBe("u")
  })
})
