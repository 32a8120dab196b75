import type { PersonCues, Surnames } from "../knowledge/lexicon.ts"
import { derivedFrom } from "../knowledge/derived.ts"
import { WordSet } from "../knowledge/wordset.ts"
import { isHan } from "./chars.ts"
import { cueClass, cueRegExp, cueWords } from "../knowledge/cues.ts"

/**
 * Bylines: 记者 张华 通讯员 唐欣 马璇 / (记者 李正 张涛 冯云) / 本报记者 王磊. Reporters and
 * correspondents are recorded as reporters and never as people of the event.
 */
export interface Bylines {
  readonly names: ReadonlyArray<string>
  /** [start, end) of each byline in the text, so the people extractor can skip them. */
  readonly spans: ReadonlyArray<readonly [number, number]>
}

const openers = cueRegExp`[\s(（【\[${cueClass("dateline-end")}:：|｜/]`
const trailing = cueRegExp`(${"byline-trailer"})$`

const looksLikeName = (s: string, surnames: Surnames): boolean => {
  if (s.length < 2 || s.length > 4 || ![...s].every(isHan)) return false
  if (surnames.compound.has(s.slice(0, 2))) return s.length >= 3
  return surnames.single.has(s[0]!) && s.length <= 3
}

// the one-character byline words kept (文/图 credits); 摄 alone is too common a character
const shortBylineWords = cueWords("short-byline-word")

const bylineWords = derivedFrom((cues: PersonCues) => {
  const list = cues.byline.filter((x) => x.length > 1 || shortBylineWords.includes(x))
  return { set: new WordSet(list), list }
})

/** The byline words (记者, 通讯员 …), for a walk that finds several sets' words at once. */
export const bylineWordSet = (cues: PersonCues): WordSet => bylineWords(cues).set

/** Reporter names and where their bylines are. `starts`: where byline words may start, if known. */
export const extractReporters = (text: string, cues: PersonCues, surnames: Surnames, starts?: ReadonlyArray<number>): Bylines => {
  const names: Array<string> = []
  const spans: Array<readonly [number, number]> = []
  const { set, list: words } = bylineWords(cues)
  // where byline words stand: one walk over the text with the trie
  const hits = set.occurrencesIn(text, starts).map(({ at, word }) => ({ at, w: word }))
  hits.sort((a, b) => a.at - b.at || b.w.length - a.w.length)
  let i = 0
  for (const { at, w } of hits) {
    if (at < i) continue
    i = at
    const prev = text[i - 1]
    const after = text[i + w.length]
    // a byline word starts a line, a bracket or follows 本报讯; 记者从…获悉 in a sentence is no byline
    const opens = prev === undefined || openers.test(prev)
    const single = w.length === 1
    const followed = after !== undefined && (single ? /[/:：]/.test(after) : /[\s:：]/.test(after) || isHan(after))
    if (!opens || !followed) {
      i += w.length
      continue
    }
    let p = i + w.length
    const found: Array<string> = []
    let end = p
    for (;;) {
      while (p < text.length && /[ \t\u3000:：/、,，]/.test(text[p]!)) p++
      const next = words.find((x) => x.length > 1 && text.startsWith(x, p))
      if (next !== undefined) {
        p += next.length
        continue
      }
      let q = p
      while (q < text.length && isHan(text[q]) && q - p < 6) q++
      const token = text.slice(p, q).replace(trailing, "")
      if (!looksLikeName(token, surnames)) break
      // a name in a byline stands alone: 记者张华报道 or 记者 张华 (not 记者张华在会上…)
      const stop = text[q]
      if (stop !== undefined && isHan(stop)) break
      found.push(token)
      end = p + token.length
      p = q
    }
    if (found.length > 0) {
      names.push(...found)
      spans.push([i, end])
      i = end
    } else i += w.length
  }
  return { names: [...new Set(names)], spans }
}
