import { clauseEnd, clauseStart } from "../chars.ts"
import { cueClass, cueRegExp } from "../../knowledge/cues.ts"
import type { NameScan, Pick } from "../name-scan/index.ts"
import { joinerEndedName, shapeAfterTitle, wholeName } from "../name-scan/shape.ts"

const listConjunction = cueRegExp`^[${cueClass("list-conjunction")}]`

const dottedListName = /^\p{Script=Han}{1,6}·\p{Script=Han}{1,8}$/u

/** 3. Lists: 孙刚、李平、…、习军等在郑州参加了植树活动 / 孔立、穆华参加座谈. */
export const bareLists = (s: NameScan): void => {
  const { text } = s
  const { closerSet } = s.words
  // only clauses that hold a 、 (found with indexOf, not by walking every character)
  for (let mark = text.indexOf("、"), next = 0; mark >= 0; mark = text.indexOf("、", next)) {
    const cs = clauseStart(text, mark)
    const ce = clauseEnd(text, mark)
    next = ce + 1
    // every part but the last must be a whole name: most clauses fail on the first
    if (!s.shape(text.slice(cs, mark)).ok) continue
    const parts = text.slice(cs, ce).split("、")
    const names: Array<Pick> = []
    let ok = true
    let at = cs
    for (let i = 0; i < parts.length && ok; at += parts[i]!.length + 1, i++) {
      const part = parts[i]!
      // 雪克来提·扎克尔: a transliterated name with its middle dot stands in a list as any name does
      if (i < parts.length - 1 && dottedListName.test(part)) {
        names.push({ name: part, end: at + part.length })
        continue
      }
      if (i < parts.length - 1) {
        // 马世和、: a name ending in a joiner's character, the list going on after it
        // after two names, a part between two 、 may hold an organ or level character (…、彭镇华、…), as it
        // may right after a title
        const plain = joinerEndedName(s, part, at + part.length) ? wholeName : s.shape(part)
        const sh = !plain.ok && names.length >= 2 ? shapeAfterTitle(s, part) : plain
        // 有决心、有信心、有能力: a bare list needs names that start with a plain surname
        // after two names, a part shaped as a name is one even when it reads as a word too (…、何力、…)
        const whole = sh.ok && (names.length >= 2 || !(s.evidence(part) === 0 && (s.oracle.common(part) || sh.ambiguous)))
        if (whole) {
          names.push({ name: part, end: at + part.length })
          continue
        }
        // 甲、乙、丙带领市建设、民政等部门…: after two names the list ends in a part that goes on past its
        // name; the 、 after it list other things
        if (names.length < 2) ok = false
      }
      // three names or more make a list by themselves (周建华、刘志勇、林晓峰安排部署…)
      const long = names.length >= 2
      const last = s.pickName(at, { allowAmbiguous: true, fallback: long })
      if (last === null) {
        ok = false
        continue
      }
      // the list's last part: the clause's, or the part a list of three names or more ends in
      const partEnd = at + part.length
      const rest = text.slice(last.end, partEnd)
      // a list that ends inside the clause ends in a name and its verb (…董某带领市建设、民政…), not in a
      // name of four characters read short (…周安达源、许某)
      if (partEnd < ce && closerSet.longestAt(rest, 0) === null && s.followerAt(last.end) === null) {
        ok = false
        continue
      }
      // two names need what closes a list (参加, 陪同) or a verb a name is followed by (朱某、高某签署了…)
      if (!long && rest.length > 0 && closerSet.longestAt(rest, 0) === null && !listConjunction.test(rest) && s.followerAt(last.end) !== "strong") {
        ok = false
        continue
      }
      names.push(last)
      if (listConjunction.test(rest)) {
        // …王某和刘某参加 / …王某和刘某,在某地工作过的老同志等参加: the last name, closed by its verb or the clause
        const more = s.pickName(last.end + 1, { allowAmbiguous: true, only: closerSet }) ?? s.pickName(last.end + 1, { allowAmbiguous: true })
        if (more !== null && (more.end >= partEnd || closerSet.longestAt(text, more.end) !== null)) names.push(more)
      }
      break
    }
    // three whole names are a list even when its last part reads as none (…、某某,全国人大常委会委员…)
    if (names.length >= (ok ? 2 : 3))
      for (const n of names)
        if (s.foundAt(n.end - n.name.length).length === 0)
          s.add({ name: n.name, start: n.end - n.name.length, end: n.end, titles: [], titleStart: null, national: false, via: "list", inList: true })
  }
}
