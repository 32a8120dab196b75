import { readFileSync } from "node:fs"
import { derivedFrom } from "./derived.ts"
import { WordSet } from "./wordset.ts"
import { once } from "./once.ts"

export interface EraTerm {
  readonly term: string
  readonly from: number
  readonly to: number
}

export const readEraTerms = (path: string): Array<EraTerm> =>
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0 && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .filter((c) => c.length >= 3)
    .map(([term, from, to]) => ({ term: term!.trim(), from: Number(from), to: Number(to) }))
    .filter((t) => t.term.length > 0 && Number.isInteger(t.from) && Number.isInteger(t.to))

/** The years a text can be about, by the dated terms it uses; null when it uses none (or they conflict). */
export const eraRange = (text: string, terms: ReadonlyArray<EraTerm>): { from: number; to: number } | null => {
  let from = -Infinity
  let to = Infinity
  let any = false
  const present = termsIn(text, terms)
  for (const t of terms) {
    if (!present.has(t.term)) continue
    any = true
    from = Math.max(from, t.from)
    to = Math.min(to, t.to)
  }
  if (!any || from > to) return null
  return { from, to }
}

const termIndex = derivedFrom((terms: ReadonlyArray<EraTerm>) => new WordSet(terms.map((t) => t.term)))

/** The terms that occur in the text, found in one walk over it (a page is long, the term list too). */
const termsIn = (text: string, terms: ReadonlyArray<EraTerm>): Set<string> => new Set(termIndex(terms).occurrencesIn(text).map((o) => o.word))

/** The bundled era terms (data/era-terms.tsv), read once. */
export const bundledEraTermsSync = once((): ReadonlyArray<EraTerm> => readEraTerms(new URL("../../data/era-terms.tsv", import.meta.url).pathname))
export const bundledEraTerms = async (): Promise<ReadonlyArray<EraTerm>> => bundledEraTermsSync()
