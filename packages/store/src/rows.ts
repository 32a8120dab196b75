import { Event, type ExtractedMention, Mention, namePinyin } from "@dashiji/core"
import { Predicate, Schema } from "effect"

const encodeEvent = Schema.encodeSync(Event)
const decodeEvent = Schema.decodeUnknownSync(Event)
const decodeMention = Schema.decodeUnknownSync(Mention)

/**
 * Records written before people had a `pinyin` get it on read, so old stores open without a rewrite
 * (the pinyin is a function of the name).
 */
const withPinyin = (record: unknown): unknown => {
  if (Predicate.hasProperty(record, "people") && Array.isArray(record.people))
    for (const p of record.people)
      if (Predicate.isRecord(p) && typeof p.name === "string" && p.name.length > 0 && (typeof p.pinyin !== "string" || p.pinyin.length === 0))
        p.pinyin = namePinyin(p.name)
  return record
}

export const eventToJson = (e: Event): string => JSON.stringify(encodeEvent(e))
export const eventFromJson = (s: string): Event => decodeEvent(withPinyin(JSON.parse(s)))

export const mentionToJson = (m: ExtractedMention): string => JSON.stringify(m)
export const mentionFromJson = (s: string): ExtractedMention => decodeMention(withPinyin(JSON.parse(s)))

/** The month an event is filed under: YYYY-MM (XXXX-MM when the year is unknown, XXXX when undated). */
export const monthOf = (e: Event): string => e.date.start.slice(0, 7)
