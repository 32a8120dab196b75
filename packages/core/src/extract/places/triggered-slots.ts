import { clauseEnd, leadEnd } from "../chars.ts"
import { matchPlaceAt } from "../../knowledge/gazetteer.ts"
import { cueWords } from "../../knowledge/cues.ts"
import { tailLength } from "./bounds.ts"
import type { PlaceFinds } from "./finds.ts"
import { isReference } from "./reference.ts"
import { divisionsOfScene, sceneBeforePerson } from "./scene.ts"
import { parseSlot } from "./slot.ts"
import { triggerBlockers, type Hit } from "./triggers.ts"
import type { Scan, SlotParse } from "./types.ts"
import { de } from "./venue.ts"

// The slots after trigger words (到某县调研, 在某社区, 深入某企业检查), the main way places are found.

const inspectionEnds = cueWords("inspection-end")
const inspectionLeadIns = cueWords("inspection-lead-in")
const departures = cueWords("weak-trigger-departure")
const enRoute = cueWords("weak-trigger-en-route")
const stopsClosers = cueWords("stops-closer")
const visitObjects = cueWords("visit-object-verb")
const levelWords = cueWords("level-end")
const levelWritten = (name: string): boolean => levelWords.some((l) => name.endsWith(l))

/** Is the place of a weak trigger at `triggerAt` (slot ending at `end`) a destination, not the event's place? */
const destinationOnly = (text: string, triggerAt: number, end: number): boolean => {
  if (departures.some((w) => text.startsWith(w, triggerAt - w.length))) return true
  // read in the clause only: indexOf over the rest of a long text, for every weak trigger, was quadratic
  const clause = text.slice(end, clauseEnd(text, end))
  return enRoute.some((w) => clause.includes(w))
}

/** Does an inspection word follow at `at`, past light verbs (进行, 开展实地: 前往某地进行考察)? */
const inspectionFollows = (text: string, at: number): boolean => {
  // at most three lead-ins (等地开展实地考察)
  for (let i = at, n = 0; n <= 3; n++) {
    if (inspectionEnds.some((w) => text.startsWith(w, i))) return true
    const lead = inspectionLeadIns.find((w) => text.startsWith(w, i))
    if (lead === undefined) return false
    i += lead.length
  }
  return false
}

/** The last 的 in (from, end], or -1. */
const lastDeAfter = (text: string, from: number, end: number): number => {
  for (let i = Math.min(end, text.length - 1); i > from; i--) if (text.charCodeAt(i) === de) return i
  return -1
}

type Mode = "strong" | "weak" | "view" | "locative"

/** The divisions that open a scene set for the person of the text (divisionsOfScene), as a slot. */
const sceneDivisions = (plain: Scan, from: number): SlotParse | null => {
  const places = divisionsOfScene(plain, from)
  if (places.length === 0) return null
  const end = from + places.reduce((n, p) => n + p.name.length, 0)
  return { items: places.map((p) => ({ name: p.name, level: p.level, venueClass: null, bare: false })), end, anyVenue: false }
}

/** Does a division's name that starts before `at` run over it (从 inside 乐从镇, 在 inside 在中乡)? */
const insideDivisionName = (f: PlaceFinds, at: number): boolean => {
  for (let k = 1; k <= 4 && at - k >= 0; k++) {
    const e = matchPlaceAt(f.ctx.gazetteer, f.text, at - k, false)
    if (e !== null && (f.text.startsWith(e.full, at - k) ? e.full : e.name).length > k) return true
  }
  return false
}

const trySlot = (f: PlaceFinds, trigger: string, triggerAt: number, from: number, mode: Mode): void => {
  const { text, ctx, plain } = f
  if (f.tried.has(from)) return
  // a trigger's characters inside a place's name (乐从镇某村) introduce nothing
  if (insideDivisionName(f, triggerAt)) return
  // 赴 inside 奔赴 is the weak 奔赴, not the strong 赴; 从 in 服从 is no trigger at all
  if (triggerBlockers(ctx.cues).get(trigger)?.some((w) => text.startsWith(w, from - w.length)) === true) return
  const scan: Scan = mode === "locative" ? { text, ctx, extraEnds: ["的"] } : plain
  let parse = parseSlot(scan, from)
  if (parse === null && mode !== "weak") {
    // 在发现当地首例病例的华强城社区, / 从位于郑州经开区的中铁联集郑州中心站鸣笛启程: the place after 的
    // searched back no further than the trigger: lastIndexOf alone ran to the start of the text
    const de = lastDeAfter(text, from, clauseEnd(text, from))
    if (de > from && de - from < 30) parse = parseSlot(plain, de + 1)
  }
  if (parse === null && mode === "strong" && text.startsWith("在", triggerAt)) parse = sceneBeforePerson(plain, from) ?? sceneDivisions(plain, from)
  if (parse === null) return
  const end = parse.end + tailLength(plain, parse.end)
  // 前往某镇,宣传…: a division (no venue) after a verb of going is where the official went, whatever the
  // next clause says; a venue needs an inspection word (前往机场迎接 is no visit to the airport)
  // 前往甲镇某村、乙镇某村等地: a list of stops, closed as one, is where the official went too
  const stops = parse.items.length >= 2 && stopsClosers.some((w) => text.startsWith(w, parse.end))
  if (mode === "weak" && !inspectionFollows(text, end) && ((parse.anyVenue && !stops) || destinationOnly(text, triggerAt, end))) return
  // 考察某市…, 视察某县…: a division written in full as what a visit's verb takes is a place visited
  if (mode === "view" && !parse.anyVenue && !(visitObjects.includes(trigger) && parse.items.every((i) => i.venueClass === null && levelWritten(i.name)))) return
  if (isReference(text, triggerAt, parse.end, ctx)) return
  f.tried.add(from)
  f.take(from, parse)
}

const after = (h: Hit): number => h.at + h.word.length

/** 1. Strong triggers (到, 赴, 在 …); after 位于 the slot may also end at 的. */
export const strongSlots = (f: PlaceFinds): void => {
  for (const h of f.hits.triggers) trySlot(f, h.word, h.at, after(h), h.word === "位于" ? "locative" : "strong")
}

/** 2. Weak triggers: a slot only when an inspection word follows it (走进某企业检查). */
export const weakSlots = (f: PlaceFinds): void => {
  for (const h of f.hits.weak) trySlot(f, h.word, h.at, after(h), "weak")
}

/** 3. Viewing triggers: a slot only when it names a venue. */
export const viewSlots = (f: PlaceFinds): void => {
  for (const h of f.hits.view) trySlot(f, h.word, h.at, after(h), "view")
}

/** 4. Lead triggers: read as strong ones, in the lead of the text only. */
export const leadSlots = (f: PlaceFinds): void => {
  const lead = leadEnd(f.text)
  for (const h of f.hits.lead) if (h.at < lead) trySlot(f, h.word, h.at, after(h), "strong")
}
