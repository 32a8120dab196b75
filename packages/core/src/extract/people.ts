import { clauseEnd, clauseStart, isHan, isHanCode, sentenceEnd, sentenceStart } from "./chars.ts"
import { endsInParticipation, NameScan, participationVerbSearch, type PeopleContext, type PeopleResult, type Pick } from "./name-scan/index.ts"
import { resolvePeople } from "./people-roles.ts"
import { cueClass, cueRegExp } from "../knowledge/cues.ts"

// the conjunctions between names (某某和某某, 某某、某某与某某)
const nameSeparator = cueRegExp`[、${cueClass("name-joiner")}]`
const listConjunction = cueRegExp`^[${cueClass("list-conjunction")}]`
const nameListJoiner = cueRegExp`[${cueClass("name-list-joiner")}]`
// what may follow the person received (会见某某一行, 会见某某,)
const closers = cueRegExp`^(?:${"met-object-closer"}|[,，。;；]|$)`

export type { PeopleContext, PeopleResult } from "./name-scan/index.ts"

/**
 * People of an event, from the structures Chinese government news names them in: a title before the name
 * (省委书记王明), lists closed by 等/同志 and a verb (孔立、穆华参加座谈), a title or 同志 after the
 * name (王明书记), and the roster of officeholders. The surname table says what can start a name; a
 * name is 2–4 characters and never a title, place or common word (jieba's dictionary tells those).
 * Each finder below adds to the scan's names; the roles come from every occurrence of them.
 */
export const extractPeople = (text: string, ctx: PeopleContext): PeopleResult => {
  const s = new NameScan(text, ctx)
  titledNames(s)
  namesBeforeHonorifics(s)
  bareLists(s)
  participationSentences(s)
  clauseOpeners(s)
  metObjects(s)
  rosterNames(s)
  return resolvePeople(s)
}

/** 1. A title, then the name (and a list of names sharing the title). */
const titledNames = (s: NameScan): void => {
  const { text, lex } = s
  // where titles start, looked up once (a search of every title after every listed name was quadratic)
  const titleStarts = new Set(s.titleSpans.map((x) => x.start))
  for (const t of s.titleSpans) {
    const first =
      s.dottedName(t.end) ?? s.pickName(t.end, { allowAmbiguous: true, fallback: true, afterTitle: true }) ?? s.delegationHead(t.end) ?? s.nameAfterTitle(t.end)
    if (first === null) {
      const lastPart = t.parts[t.parts.length - 1]!
      const nat = t.national ? lex.national.longestEndingAt(lastPart, lastPart.length, 2) : null
      // 习近平总书记 names him before the title; a bare 总书记 (spam took the name) is unnamed
      if (nat !== null) s.unnamedNational.push({ word: nat, at: t.end - nat.length })
      else if (s.words.leadOrPartSet.longestAt(text, t.end) !== null) s.unnamed.add(lastPart)
      continue
    }
    const manyTitles = t.parts.length > 1
    let list = [first]
    let p = first.end
    for (;;) {
      let sep = 0
      if (text[p] === "、") sep = 1
      else if (nameListJoiner.test(text[p] ?? "")) sep = 1
      if (sep === 0) break
      if (lex.titleEnds.longestAt(text, p + sep, 2) !== null) break
      if (titleStarts.has(p + sep)) break
      const next = s.pickName(p + sep, { allowAmbiguous: true })
      if (next === null) break
      list.push(next)
      p = next.end
    }
    const listed = new Set<string>()
    list = list.filter((x) => !listed.has(x.name) && listed.add(x.name) !== undefined)
    list.forEach((n, i) =>
      s.add({
        name: n.name,
        start: n.end - n.name.length,
        end: n.end,
        titles: i === 0 || !manyTitles ? t.parts : t.parts.slice(-1),
        titleStart: i === 0 ? t.start : null,
        national: t.national,
        via: "title",
        inList: list.length > 1 || text[t.start - 1] === "、" || text[n.end] === "、"
      })
    )
  }
}

/** 2. A title or 同志 after the name: 王明书记, 李军同志, 习近平总书记. */
const namesBeforeHonorifics = (s: NameScan): void => {
  const { text, lex } = s
  for (const h of s.honorificAt) {
    const hon = lex.honorifics.longestAt(text, h, 2)
    if (hon === null || hon === "一行") continue
    for (const l of [4, 3, 2]) {
      const start = h - l
      if (start < 0) continue
      const c = text.slice(start, h)
      const sh = s.shape(c)
      if (!sh.ok) continue
      // 荣誉顾问, 名誉会长: a rank before the office, not a name
      if (lex.ranks.includes(c)) continue
      const prev = text[start - 1]
      const bounded = prev === undefined || !isHan(prev) || s.titleEndAt.has(start) || nameSeparator.test(prev)
      if (!bounded && s.evidence(c) === 0) continue
      if (sh.ambiguous && s.evidence(c) === 0) continue
      if (s.evidence(c) === 0 && s.oracle.common(c)) continue
      const national = lex.national.has(hon)
      s.add({ name: c, start, end: h, titles: lex.titleEnds.has(hon) ? [hon] : [], titleStart: null, national, via: "honorific", inList: false })
      break
    }
  }
}

const dottedListName = /^\p{Script=Han}{1,6}·\p{Script=Han}{1,8}$/u

/** 3. Lists: 孙刚、李平、…、习军等在郑州参加了植树活动 / 孔立、穆华参加座谈. */
const bareLists = (s: NameScan): void => {
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
        const sh = s.shape(part)
        // 有决心、有信心、有能力: a bare list needs names that start with a plain surname
        const whole = sh.ok && !(s.evidence(part) === 0 && (s.oracle.common(part) || sh.ambiguous))
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
    if (ok && names.length >= 2)
      for (const n of names)
        if (s.foundAt(n.end - n.name.length).length === 0)
          s.add({ name: n.name, start: n.end - n.name.length, end: n.end, titles: [], titleStart: null, national: false, via: "list", inList: true })
  }
}

/** Does a name found so far start in [from, to)? */
const foundWithin = (s: NameScan, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (s.foundAt(i).length > 0) return true
  return false
}

/** 4. A sentence that ends in 参加/出席/陪同…: its bare names take part (周建华,国务院指导组成员刘志勇参加活动). */
const participationSentences = (s: NameScan): void => {
  const { text } = s
  const { partVerbs } = s.words
  const sentenceStarts = new Set<number>()
  for (const m of text.matchAll(participationVerbSearch)) sentenceStarts.add(sentenceStart(text, m.index))
  for (const ss of [...sentenceStarts].sort((a, b) => a - b)) {
    const se = sentenceEnd(text, ss)
    if (!endsInParticipation.test(text.slice(ss, se))) continue
    let cs = ss
    while (cs < se) {
      let ce = cs
      while (ce < se && text.charCodeAt(ce) !== 0x2c && text.charCodeAt(ce) !== 0xff0c) ce++
      const seg = text.slice(cs, ce).trim()
      const at = cs + (text.slice(cs, ce).length - text.slice(cs, ce).trimStart().length)
      if (!seg.includes("、") && !foundWithin(s, cs, ce)) {
        const whole = s.shape(seg)
        if (whole.ok && !whole.ambiguous && (s.evidence(seg) > 0 || !s.oracle.common(seg)))
          s.add({ name: seg, start: at, end: at + seg.length, titles: [], titleStart: null, national: false, via: "sentence", inList: true })
        else {
          const n = s.pickName(at, { allowAmbiguous: false, only: partVerbs })
          if (n !== null) s.add({ name: n.name, start: at, end: n.end, titles: [], titleStart: null, national: false, via: "sentence", inList: false })
        }
      }
      cs = ce + 1
    }
  }
}

/**
 * 5. A bare name opening a clause, before what a leader does: 陈立平到省农科院调研, 赵明亮主持召开会议.
 * It may start after a break or where a title ends.
 */
const clauseOpeners = (s: NameScan): void => {
  const { text, titleSpans } = s
  const { leadAfterName } = s.words
  const foundStarts = new Set(s.found.map((f) => f.start))
  const tryAt = (at: number) => {
    if (!isHanCode(text.charCodeAt(at)) || foundStarts.has(at) || !s.surnameAt(at)) return
    if (!leadAfterName.startsAt(text, at + 2) && !leadAfterName.startsAt(text, at + 3) && !leadAfterName.startsAt(text, at + 4)) return
    const n = s.pickName(at, { allowAmbiguous: false, only: leadAfterName })
    if (n !== null) s.add({ name: n.name, start: at, end: n.end, titles: [], titleStart: null, national: false, via: "clause", inList: false })
  }
  // the start, positions after a break and the ends of titles, merged in order (both lists ascend)
  const breaks = s.afterBreak
  let last = 0
  tryAt(0)
  for (let b = 0, t = 0; b < breaks.length || t < titleSpans.length; ) {
    const next = t < titleSpans.length && (b >= breaks.length || titleSpans[t]!.end <= breaks[b]!) ? titleSpans[t++]!.end : breaks[b++]!
    if (next > last) tryAt((last = next))
  }
}

/**
 * 5b. The people a leader received, named bare right after the verb: 会见李华一行, 会见李华、王强一行,
 * 宴请由某某率领的… (the list ends at 一行, 等, a comma or the sentence's end).
 */
const metObjects = (s: NameScan): void => {
  const { text, cues } = s
  for (const verb of cues.met) {
    for (let v = text.indexOf(verb); v >= 0; v = text.indexOf(verb, v + verb.length)) {
      const names: Array<Pick> = []
      let at = v + verb.length
      for (;;) {
        if (s.foundAt(at).length > 0) break
        const n = s.pickName(at, { allowAmbiguous: false, fallback: true })
        if (n === null) break
        names.push(n)
        if (text[n.end] !== "、") break
        at = n.end + 1
      }
      const last = names[names.length - 1]
      if (last === undefined || !closers.test(text.slice(last.end, last.end + 2))) continue
      for (const n of names)
        s.add({ name: n.name, start: n.end - n.name.length, end: n.end, titles: [], titleStart: null, national: false, via: "list", inList: names.length > 1 })
    }
  }
}

/** 6. Officeholders the roster knows, wherever they stand as names (王明尹成刘平等…带头捐款). */
const rosterNames = (s: NameScan): void => {
  const { text, roster } = s
  const boundedAt = (i: number): boolean => {
    const prev = text[i - 1]
    if (prev === undefined || !isHan(prev) || s.titleEndAt.has(i) || nameSeparator.test(prev)) return true
    for (const k of s.known) if (text.startsWith(k, i - k.length)) return true
    return false
  }
  // a name taken ends the search until its end
  let from = 0
  for (const i of s.rosterAt) {
    if (i < from) continue
    const names = roster.names.allAt(text, i)
    // the same for every name starting here (a name added ends the search at this position)
    let bounded: boolean | undefined
    for (let n = names.length - 1; n >= 0; n--) {
      const c = names[n]!
      const l = c.length
      if (l < 2) continue
      const glued = roster.names.longestAt(text, i + l, 2) !== null
      if (!glued && !(bounded ??= boundedAt(i))) continue
      if ((glued || s.followerAt(i + l) !== null) && s.shape(c).ok) {
        if (!s.foundAt(i).some((f) => f.name === c))
          s.add({ name: c, start: i, end: i + l, titles: [], titleStart: null, national: false, via: "roster", inList: glued })
        from = i + l
        break
      }
    }
  }
}
