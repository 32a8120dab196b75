import { charTable, isHan } from "../chars.ts"
import { cueCharacters, cueWords } from "../../knowledge/cues.ts"
import type { NameScan } from "./scan.ts"
import { notInGivenName } from "./shape.ts"
import type { Pick } from "./types.ts"

// Names transliterated from Mongolian, Tibetan, Uyghur or another language, which the surname table does
// not shape: read only right after a title or before 一行, where a name is expected.

const dots = charTable("·•．")
// what ends a clause right after a name's follower (某某·某某说,…: 说 is the verb)
const clauseEnd = /[,，:：]/
// the prepositions that put a place or another name after a name (某某在喀什…, 某某与某某…)
const joinsPlace = new Set([...cueCharacters("place-preposition"), ...cueCharacters("name-joiner")])

/** Where the last title word inside text[at, at + length) ends, relative to `at`; 0 when none. */
const titleInside = (s: NameScan, at: number, length: number): number => {
  let end = 0
  for (let i = 0; i < length; i++) {
    const w = s.lex.titleEnds.longestAt(s.text, at + i, 2)
    if (w !== null && i + w.length <= length) end = Math.max(end, i + w.length)
  }
  return end
}

/** 艾尔肯·吐尼亚孜: a transliterated name with a middle dot, after a title. */
export const dottedName = (s: NameScan, at: number): Pick | null => {
  const text = s.text
  // most titles have no dot within reach: a cheap look before the regex
  let dot = false
  for (let i = at; i < at + 8 && i < text.length; i++) if (dots[text.charCodeAt(i)] === 1) dot = true
  if (!dot) return null
  const m0 = /^[\p{Script=Han}]{1,6}[·•．]/u.exec(text.slice(at, at + 8))
  if (m0 === null) return null
  // 省委书记兼省长某某·某某: a second title the title before did not reach ends before the name
  const skip = titleInside(s, at, m0[0].length - 1)
  if (skip > 0) return skip < m0[0].length - 1 ? dottedName(s, at + skip) : null
  const m = m0
  // the shortest tail that something after a name follows (…·买买提在喀什调研: 在 ends it): the first that
  // what strongly follows a name, or a preposition (在, 到), follows, since a one-character adverb may
  // stand inside one (努尔兰·阿不都满金: 都); else the first weak follower
  let weak: Pick | null = null
  for (let l = 1; l <= 8; l++) {
    const end = at + m[0].length + l
    if (!isHan(text[end - 1])) break
    const f = s.followerAt(end)
    const pick = { name: text.slice(at, end).replace(/[•．]/g, "·"), end }
    // (a one-character follower that a clause's end or a title follows is the verb, not the name's last
    // character: 某某·某某说,…; 以某某·某某为团长的代表团)
    const verbBefore = (at: number) => clauseEnd.test(text[at] ?? "") || s.lex.titleEnds.longestAt(text, at, 2) !== null
    if (f === "strong" || (f === "weak" && (joinsPlace.has(text[end]!) || verbBefore(end + 1)))) return pick
    if (f === "weak" && weak === null) weak = pick
  }
  return weak
}

/**
 * 盟委书记哈斯巴根主持…: four characters after a title, none of them a common word, strongly followed (or
 * followed at all, when the first two characters are both surnames).
 */
export const longNameAt = (s: NameScan, at: number): Pick | null => {
  const { text, lex, oracle } = s
  const c = text.slice(at, at + 4)
  if (c.length < 4 || !s.cache.single[c.charCodeAt(0)] || s.surnames.compound.has(c.slice(0, 2))) return null
  for (const ch of c) if (!isHan(ch) || notInGivenName.has(ch)) return null
  // 林郑月娥, 范徐丽泰: a married woman's two surnames and her given name (Hong Kong and Macau) say more
  // than any follower; any word a name is followed by will do
  const twoSurnames = s.cache.single[c.charCodeAt(1)] === 1
  const follower = s.followerAt(at + 4)
  if ((twoSurnames ? follower === null : follower !== "strong") || oracle.common(c) || lex.titleEnds.has(c) || lex.organs.has(c) || s.ctx.gazetteer.byName.has(c)) return null
  // 开展入户 is two words, 哈斯巴根 none: a name holds no common word in either half
  if (oracle.common(c.slice(0, 2)) || oracle.common(c.slice(2))) return null
  return { name: c, end: at + 4 }
}

/**
 * 自治区主席布小林出席…: right after a title, a name whose first character is no Chinese surname (many
 * Mongolian, Tibetan and Uyghur names written without a dot), when what follows a name follows it.
 */
export const nameAfterTitle = (s: NameScan, at: number): Pick | null => {
  const { text, lex, oracle } = s
  // three characters, the common length of such names; two or four read common words as names
  const c = text.slice(at, at + 3)
  if (c.length < 3) return null
  for (const ch of c) if (!isHan(ch) || notInGivenName.has(ch)) return null
  if (s.followerAt(at + 3) !== "strong") return null
  if (oracle.common(c) || oracle.common(c.slice(0, 2)) || lex.titleEnds.longestAt(c, 0, 1) !== null || lex.organs.has(c) || s.ctx.gazetteer.byName.has(c)) return null
  // 委员则认为, 发言人作介绍: after the first character, a word that ends a clause; 主任务做细: the title's last
  // character makes a word with the next (任务), so no title ends there. Such names (布小林, 巴特尔) are
  // transliterated: their syllables make no Chinese word of either kind
  if (oracle.predicate(c.slice(1))) return null
  if (at > 0 && isHan(text[at - 1]!) && oracle.common(text[at - 1]! + c[0]!)) return null
  return { name: c, end: at + 3 }
}

/** 大使布兰斯塔德一行: a transliterated name without a Chinese surname, right before 一行. */
export const delegationHead = (s: NameScan, at: number): Pick | null => {
  const m = /^[\p{Script=Han}·]{2,8}?(?=一行)/u.exec(s.text.slice(at, at + 12))
  if (m === null || s.lex.titleEnds.longestAt(m[0], 0, 2) !== null) return null
  return { name: m[0], end: at + m[0].length }
}

const tibetanParts = new Set(cueWords("tibetan-name-part"))

/**
 * 县长扎西卓嘎带队…, 副县长索朗次旦主持…: after a title, two elements of Tibetan names make a name (jieba
 * files each as a word, so neither half is read as a given name), when what follows a name follows it.
 */
export const tibetanNameAt = (s: NameScan, at: number): Pick | null => {
  const { text } = s
  if (!tibetanParts.has(text.slice(at, at + 2)) || !tibetanParts.has(text.slice(at + 2, at + 4))) return null
  return s.followerAt(at + 4) === null ? null : { name: text.slice(at, at + 4), end: at + 4 }
}
