import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { Linter } from "eslint"
import regexp from "eslint-plugin-regexp"
import { RegExpParser, visitRegExpAST, type AST } from "@eslint-community/regexpp"
import { getFirstConsumedChar, toCharSet } from "regexp-ast-analysis"
import ts from "typescript"
import { describe, expect, it } from "vitest"

/**
 * A lint for regular expressions over untrusted text: every regex literal (and `new RegExp("…")` of a
 * literal) in packages/[pkg]/src and apps/[app]/src is checked by eslint-plugin-regexp for super-linear
 * backtracking (two quantifiers that can trade characters: polynomial or exponential) and super-linear
 * moves (a pattern that reads far from every start position: quadratic over a text, as `[^>]*>` did on
 * "<b" repeated). A pattern the plugin reports fails this test unless it is listed below with the reason
 * its input is bounded. Patterns built at run time (cueRegExp from data/cues.tsv) are not seen here.
 */

const root = new URL("../../../", import.meta.url).pathname

/** file (from the repository root) → the reported patterns in it that are tolerated, and why. */
const tolerated: ReadonlyArray<{ readonly file: string; readonly pattern: string; readonly why: string }> = [
  { file: "packages/core/src/clean/chrome.ts", pattern: String.raw`/^(?:[-–—•·]\s+)?(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/`, why: "anchored at both ends; tried on short chrome lines only" },
  { file: "packages/core/src/clean/chrome.ts", pattern: String.raw`/^[^>›»|｜。，,；;！？]{1,24}(?:\s*[>›»|｜]\s*[^>›»|｜。，,；;！？]{1,24}){2,}$/`, why: "tried only on lines of at most 80 characters" },
  { file: "packages/core/src/decode/charset.ts", pattern: String.raw`/(?:charset|encoding)\s*=\s*["']?\s*([a-z0-9_.:-]+)/i`, why: "read over the first 4 KB of a document only" },
  { file: "packages/core/src/dedup/confirm.ts", pattern: String.raw`/(00)+$/`, why: "six-digit division codes" },
  { file: "packages/core/src/eval/run.ts", pattern: String.raw`/\/+$/`, why: "a folder name given on the command line" },
  { file: "packages/core/src/extract/event-title.ts", pattern: String.raw`/^[\s,，、:：】\])）」』■□●○◆◇▲△Δ★☆•·\-—–|｜?？]+|[\s,，、:：【\[(（「『|｜]+$/g`, why: "titles: a heading line or a clause cut to its title length" },
  { file: "packages/core/src/knowledge/load.ts", pattern: String.raw`/#.*$/`, why: "lines of the bundled data files" },
  { file: "packages/core/src/segment/classify.ts", pattern: String.raw`/^\s*(?:[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*[,，:：。]?\s*$/`, why: "what follows a date on a line, trimmed: spaces are normalised to one before segmenting" },
  { file: "packages/core/src/segment/opener.ts", pattern: String.raw`/^\s*(?:[(（]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*[,，:：。]?\s*$/`, why: "what follows a date on a line, trimmed: spaces are normalised to one before segmenting" },
  { file: "packages/core/src/segment/heading.ts", pattern: String.raw`/(?:^|\s)(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*份?(?=\s|$)/`, why: "the spaces read after a number stop at the next non-space: each start reads one run" },
  { file: "packages/core/src/clean/chrome.ts", pattern: String.raw`/(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|hk|mo|tw)(?:\.cn)?(?:\/[\w.\-/%?=&#~]*)?/gi`, why: "a site's address on a stamp line: tried only on lines of at most 160 characters" },
  { file: "apps/tui/src/state/commands.ts", pattern: String.raw`/（.*$/`, why: "a list heading the program wrote" },
  { file: "apps/tui/src/state/commands.ts", pattern: String.raw`/\s\d+\/.*$/`, why: "a list heading the program wrote" }
]

const linter = new Linter({ configType: "flat" })
const config: Linter.Config[] = [
  { plugins: { regexp }, rules: { "regexp/no-super-linear-backtracking": "error", "regexp/no-super-linear-move": ["error", { ignorePartial: false }] } }
]
/**
 * The plugin finds attack strings that repeat one character; "<b" repeated against `<b\b[^>]*>` repeats
 * two. This check covers that shape: an unbounded quantifier whose characters include the pattern's first
 * character and after which the match can still fail reads, from every start, across the later starts —
 * quadratic over a text. Patterns anchored at the start (without the m flag) and sticky ones start once.
 */
type Node = AST.Node
const parser = new RegExpParser()
const crossesStarts = (literal: string): Array<string> => {
  const ast = parser.parseLiteral(literal)
  const anchored = !ast.flags.multiline && ast.pattern.alternatives.every((a) => a.elements[0]?.type === "Assertion" && a.elements[0].kind === "start")
  if (ast.flags.sticky || anchored) return []
  const first = getFirstConsumedChar(ast.pattern.alternatives, "ltr", ast.flags).char
  // nothing after it can reject: the quantifier ends the pattern, whatever encloses it
  const last = (node: Node): boolean => {
    const parent = node.parent
    if (parent === null || parent.type === "Pattern" || parent.type === "RegExpLiteral") return true
    if (parent.type === "Alternative") return parent.elements[parent.elements.length - 1] === node && last(parent)
    return last(parent)
  }
  const out: Array<string> = []
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      const el = q.element
      if (q.max !== Number.POSITIVE_INFINITY || last(q)) return
      if (el.type !== "Character" && el.type !== "CharacterClass" && el.type !== "CharacterSet") return
      if (el.type === "CharacterSet" && (el.kind === "property" && el.strings)) return
      if (!toCharSet(el as Parameters<typeof toCharSet>[0], ast.flags).isDisjointWith(first))
        out.push(`cross-start: from every start, ${q.raw} reads across the next start (the pattern's first character) and can still fail`)
    }
  })
  return out
}

const problems = (literal: string): Array<string> => [
  ...linter.verify(`${literal};\n`, config).map((m) => `${m.ruleId ?? "parse"}: ${m.message}`),
  ...(literal.startsWith("/") ? crossesStarts(literal) : [])
]

const sourceFiles = (): Array<string> => {
  const out: Array<string> = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(p)
    }
  }
  for (const top of ["packages", "apps"])
    for (const pkg of readdirSync(join(root, top))) {
      const src = join(root, top, pkg, "src")
      if (statSync(join(root, top, pkg)).isDirectory() && readdirSync(join(root, top, pkg)).includes("src")) walk(src)
    }
  return out
}

/** Regex literals, and `new RegExp(...)`/`RegExp(...)` of string literals, with where they are. */
const regexesIn = (file: string): Array<{ literal: string; line: number }> => {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const out: Array<{ literal: string; line: number }> = []
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push({ literal: node.getText(sf), line: at(node) })
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [source, flags] = node.arguments ?? []
      if (source !== undefined && ts.isStringLiteralLike(source) && (flags === undefined || ts.isStringLiteralLike(flags)))
        out.push({ literal: `new RegExp(${JSON.stringify(source.text)}${flags === undefined ? "" : `, ${JSON.stringify((flags as ts.StringLiteralLike).text)}`})`, line: at(node) })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

describe("regular expressions over untrusted text (eslint-plugin-regexp)", () => {
  it("the lint finds what it is for: the old HTML sniffing pattern and nested quantifiers are reported", () => {
    expect(problems(String.raw`/<\/?(?:p|div|b)\b[^>]*>/gi`).join("\n")).toMatch(/cross-start/)
    expect(problems(String.raw`/<[^>]*>/g`).join("\n")).toMatch(/no-super-linear-move/)
    expect(problems(String.raw`/^(a+)+$/`).join("\n")).toMatch(/no-super-linear-backtracking/)
    expect(problems(String.raw`/<\/?(?:p|div|b)\b[^<>]*>/gi`)).toEqual([])
  })

  it("no pattern in packages/*/src or apps/*/src backtracks or moves super-linearly, but those listed with a bounded input", () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(50)
    let seen = 0
    const reported: Array<string> = []
    const used = new Set<number>()
    for (const file of files) {
      const rel = relative(root, file)
      for (const { literal, line } of regexesIn(file)) {
        seen++
        const p = problems(literal)
        if (p.length === 0) continue
        const i = tolerated.findIndex((t) => t.file === rel && t.pattern === literal)
        if (i >= 0) used.add(i)
        else reported.push(`${rel}:${line} ${literal}\n    ${p.join("\n    ")}`)
      }
    }
    expect(seen).toBeGreaterThan(100)
    expect(reported, reported.join("\n")).toEqual([])
    // an entry whose pattern is gone (fixed or changed) leaves the list
    const stale = tolerated.filter((_, i) => !used.has(i)).map((t) => `${t.file} ${t.pattern}`)
    expect(stale, `no longer reported, remove from the list:\n${stale.join("\n")}`).toEqual([])
  })
})
