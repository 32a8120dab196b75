import type { PersonCues } from "../../knowledge/lexicon.ts"
import type { Person } from "../../schema/event.ts"
import { namePinyin } from "../pinyin.ts"

const nameShape = /^[\p{Script=Han}·•]{2,12}$/u
// 委员共四人,甲乙、丙丁…: a count of people (a numeral, then 人) before a list is no name
const headCount = /[一二三四五六七八九十两百千]人$/u
// 陈某一一行: a given name ending in 一, then the 一行 of his party (a name ending in 一 is otherwise 某某一行 read short)
const beforeOwnParty = (name: string, text: string): boolean => name.endsWith("一") && text.includes(`${name}一行`)

/**
 * The last check on the people of a mention: a courtesy word written after a name is dropped (菊川裕幸先生),
 * and what cannot be a person's name goes (的复审组, 某某代表团, 荣誉村: the scan took a particle or a body;
 * 共四人: a count),
 * unless the roster names an officeholder so.
 * Two records of one person that differ only by that are merged, keeping the first's role.
 */
export const sanePeople = (
  people: ReadonlyArray<Person>,
  cues: PersonCues,
  isOfficeholder: (name: string) => boolean = () => false,
  /** The mention's text: a name ending in 一 stands before its own 一行 there (某某一一行). */
  text = ""
): Array<Person> => {
  const out: Array<Person> = []
  for (const p of people) {
    let name = p.name
    for (const h of cues.honorifics) if (name.endsWith(h) && name.length - h.length >= 2) name = name.slice(0, -h.length)
    if (!nameShape.test(name) || headCount.test(name)) continue
    if (cues.badStarts.some((w) => name.startsWith(w))) continue
    // 某某江村 ends as 荣誉村 does: an officeholder the roster names is a name however it ends
    if (cues.badEnds.some((w) => name.endsWith(w)) && !isOfficeholder(name) && !beforeOwnParty(name, text)) continue
    const same = out.find((q) => q.name === name)
    if (same !== undefined) continue
    out.push(name === p.name ? p : { ...p, name, pinyin: namePinyin(name) })
  }
  return out
}
