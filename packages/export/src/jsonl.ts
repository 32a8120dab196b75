import { Event } from "@dashiji/core"
import { Schema } from "effect"

const encode = Schema.encodeSync(Event)

/** The event records exactly as the schema encodes them, one per line. */
export const eventsToJsonl = (events: ReadonlyArray<Event>): string => events.map((e) => `${JSON.stringify(encode(e))}\n`).join("")
