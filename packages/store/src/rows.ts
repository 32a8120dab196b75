import { Event, type ExtractedMention } from "@dashiji/core"
import { Schema } from "effect"

const encodeEvent = Schema.encodeSync(Event)
const decodeEvent = Schema.decodeUnknownSync(Event)

export const eventToJson = (e: Event): string => JSON.stringify(encodeEvent(e))
export const eventFromJson = (s: string): Event => decodeEvent(JSON.parse(s))

export const mentionToJson = (m: ExtractedMention): string => JSON.stringify(m)
export const mentionFromJson = (s: string): ExtractedMention => JSON.parse(s) as ExtractedMention

/** The month an event is filed under: YYYY-MM (XXXX-MM when the year is unknown, XXXX when undated). */
export const monthOf = (e: Event): string => e.date.start.slice(0, 7)
