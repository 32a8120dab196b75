import type { NameScan } from "./scan.ts"
import { cueCharacters } from "../../knowledge/cues.ts"
import { longNameAt, tibetanNameAt } from "./transliterated.ts"
import { joinerEndedName, nameJoiner, shapeAfterTitle, wholeName } from "./shape.ts"
import type { Pick, PickOptions } from "./types.ts"

const singleLengths: ReadonlyArray<number> = [3, 2]
const adverbSurnames = new Set(cueCharacters("adverb-surname"))
const compoundLengths: ReadonlyArray<number> = [4, 3]

const lengthsAt = (s: NameScan, at: number): ReadonlyArray<number> =>
  s.surnames.compound.has(s.text.slice(at, at + 2)) ? compoundLengths : singleLengths

/** The name that starts at `at`, if one does: the length after which something may follow a name. */
export const pickName = (s: NameScan, at: number, opts: PickOptions): Pick | null => {
  const text = s.text
  // 省委书记某某朝鲁, 自治区主席某某江村: a name of four characters or more that the roster holds (the
  // surname table shapes names of two and three; jieba's dictionary has some such names as words, which at
  // this length are no common word)
  const long = s.roster.names.longestAt(text, at, 4)
  if (long !== null) return { name: long, end: at + long.length }
  if (opts.afterTitle === true) {
    const tibetan = tibetanNameAt(s, at)
    if (tibetan !== null) return tibetan
  }
  const options: Array<{ name: string; end: number; f: "strong" | "weak" | null; ev: number }> = []
  for (const l of lengthsAt(s, at)) {
    const c = text.slice(at, at + l)
    if (c.length < l) continue
    let sh = s.shape(c)
    if (!sh.ok && opts.afterTitle === true && s.followerAt(at + l, opts.only) === "strong") sh = shapeAfterTitle(s, c)
    if (!sh.ok && joinerEndedName(s, c, at + l)) sh = wholeName
    if (!sh.ok) continue
    const ev = s.evidence(c)
    if (sh.ambiguous && !opts.allowAmbiguous && ev === 0) continue
    // 院士和中国科学院…: a connective after a title starts no name
    if (sh.ambiguous && ev === 0 && nameJoiner.test(c[0]!)) continue
    // 领导都认真察看, 队员都积极参与…: a surname far more often an adverb (都), before a word of the dictionary, is
    // the adverb and that word
    if (ev === 0 && l === 3 && adverbSurnames.has(c[0]!) && s.oracle.common(c.slice(1))) continue
    // right after a title a name may be a word jieba files as a place (省委副书记乌兰); the gazetteer
    // has already ruled out real place names (shape)
    if (ev === 0 && s.oracle.common(c) && !(opts.afterTitle === true && s.oracle.place(c))) continue
    options.push({ name: c, end: at + l, f: s.followerAt(at + l, opts.only), ev })
  }
  // 某某提到: a shorter name that a word of two characters or more follows (提到) is the name, whatever the
  // longer one is followed by (到): the longer one eats that word's first character
  const eaten = (o: (typeof options)[number]) =>
    options.some((short) => {
      if (short.end >= o.end) return false
      const w = s.cues.followers.longestAt(text, short.end)
      return w !== null && w.length >= 2 && short.end + w.length > o.end
    })
  const followed = options.filter((o) => o.f !== null && !eaten(o))
  const rank = (o: (typeof options)[number]) => o.ev * 10 + (o.f === "strong" ? 4 : o.f === "weak" ? 2 : 0) + o.name.length / 10
  if (followed.length > 0) {
    const best = followed.sort((a, b) => rank(b) - rank(a))[0]!
    return { name: best.name, end: best.end }
  }
  const withEvidence = options.filter((o) => o.ev > 0).sort((a, b) => rank(b) - rank(a))[0]
  if (withEvidence !== undefined) return { name: withEvidence.name, end: withEvidence.end }
  // 盟委书记哈斯巴根主持…: a four-character name after a title, when only the whole of it is followed
  // by what follows a name
  if (opts.afterTitle === true) {
    const long = longNameAt(s, at)
    if (long !== null) return long
  }
  const plain = options.filter((o) => o.ev > 0 || !s.shape(o.name).ambiguous)
  if (opts.fallback === true && plain.length > 0) {
    // nothing we know follows: the name ends where a word begins (林晓峰|安排部署, not 林晓|峰安排)
    const scored = plain.map((o) => {
      const next = s.ctx.seg.cut(text.slice(o.end, o.end + 4))[0] ?? ""
      return { o, score: (next.length >= 2 ? 2 : 0) + o.name.length / 10 }
    })
    const top = scored.sort((a, b) => b.score - a.score)[0]!
    if (top.score >= 2) return { name: top.o.name, end: top.o.end }
  }
  return null
}
