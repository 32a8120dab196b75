import { Event, type ExtractedMention, namePinyin } from "@dashiji/core"
import { Schema } from "effect"

const encodeEvent = Schema.encodeSync(Event)
const decodeEvent = Schema.decodeUnknownSync(Event)

/**
 * Records written before people had a `pinyin` get it on read, so old stores open without a rewrite
 * (the pinyin is a function of the name).
 */
const withPinyin = <R>(record: R): R => {
  const people = (record as { people?: unknown }).people
  if (Array.isArray(people))
    for (const p of people as Array<{ name?: unknown; pinyin?: unknown }>)
      if (typeof p === "object" && p !== null && typeof p.name === "string" && p.name.length > 0 && (typeof p.pinyin !== "string" || p.pinyin.length === 0))
        p.pinyin = namePinyin(p.name)
  return record
}

export const eventToJson = (e: Event): string => JSON.stringify(encodeEvent(e))
export const eventFromJson = (s: string): Event => decodeEvent(withPinyin(JSON.parse(s)))

export const mentionToJson = (m: ExtractedMention): string => JSON.stringify(m)
export const mentionFromJson = (s: string): ExtractedMention => withPinyin(JSON.parse(s) as ExtractedMention)

/** The month an event is filed under: YYYY-MM (XXXX-MM when the year is unknown, XXXX when undated). */
export const monthOf = (e: Event): string => e.date.start.slice(0, 7)
