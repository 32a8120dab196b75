import { Event } from "@dashiji/core"
import { Schema } from "effect"

const encode = Schema.encodeSync(Event)

/** The event records exactly as the schema encodes them (spec: event-json.md), one per line, in the order given. */
export const eventsToJsonl = (events: ReadonlyArray<Event>): string => events.map((e) => `${JSON.stringify(encode(e))}\n`).join("")
