import type { PlaceCues, VenueSuffix } from "../../knowledge/lexicon.ts"
import { derivedFrom } from "../../knowledge/derived.ts"
import { charTable } from "../chars.ts"

// the last characters of venue suffixes: a venue can only end after one of them
export const suffixEndTable = derivedFrom((cues: PlaceCues): Uint8Array => charTable([...cues.suffixes.keys()].map((k) => k.slice(-1)).join("")))

/** The venue suffixes as a trie of their characters read backwards: a name's suffix without slicing it. */
interface SuffixTrie {
  readonly children: Array<Map<number, number>>
  readonly values: Array<VenueSuffix | undefined>
}
const suffixTrie = derivedFrom((cues: PlaceCues): SuffixTrie => {
  const t: SuffixTrie = { children: [new Map()], values: [undefined] }
  for (const [suffix, v] of cues.suffixes) {
    let node = 0
    for (let i = suffix.length - 1; i >= 0; i--) {
      const code = suffix.charCodeAt(i)
      let next = t.children[node]!.get(code)
      if (next === undefined) {
        next = t.children.length
        t.children.push(new Map())
        t.values.push(undefined)
        t.children[node]!.set(code, next)
      }
      node = next
    }
    t.values[node] = v
  }
  return t
})

/** Longest venue suffix ending `name`. */
export const suffixOf = (name: string, cues: PlaceCues): VenueSuffix | undefined => {
  const t = suffixTrie(cues)
  let best: VenueSuffix | undefined
  let node = 0
  for (let i = name.length - 1; i >= 0; i--) {
    const next = t.children[node]!.get(name.charCodeAt(i))
    if (next === undefined) break
    node = next
    best = t.values[node] ?? best
  }
  return best
}

/** 三棉东社区棉西小院 → 三棉东社区, 棉西小院: a community or town inside a venue name is a place of its own. */
export const splitInner = (name: string, cues: PlaceCues): Array<string> => {
  for (let i = 3; i <= name.length - 2; i++) {
    const head = name.slice(0, i)
    const s = suffixOf(head, cues)
    if (s !== undefined && (s.level === "community" || s.level === "town") && suffixOf(name.slice(i), cues) !== undefined && !longerSuffixAt(name, i, s.suffix, cues))
      return [head, ...splitInner(name.slice(i), cues)]
  }
  return [name]
}

/** The longer venue suffix that runs on from `suffix`, ending at `at` in `text` (村 in 村委会), or null. */
export const longerSuffixFrom = (text: string, at: number, suffix: string, cues: PlaceCues): string | null => {
  for (let k = 1; k <= 3 && at + k <= text.length; k++) {
    const longer = text.slice(at - suffix.length, at + k)
    if (suffixOf(longer, cues)?.suffix === longer) return longer
  }
  return null
}

/** Does a longer venue suffix run on from `suffix`, ending at `at` in `text`? */
export const longerSuffixAt = (text: string, at: number, suffix: string, cues: PlaceCues): boolean => longerSuffixFrom(text, at, suffix, cues) !== null
