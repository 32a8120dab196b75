/**
 * The closed values of the event record as plain constants, defined once. `values.ts` makes the schemas
 * from them; the CLI reads them from here (`@dashiji/core/literals`) so that its help and argument checks
 * load nothing else.
 */

export const KINDS = ["meeting", "conference_call", "inspection", "reception", "activity", "announcement", "other"] as const

export const ROLES = ["lead", "participant", "met", "mentioned"] as const

/**
 * What a reader should be told about a record: the year was inferred, spam was cut from the text, a name
 * replaced by spam was restored, the sources disagree on the date, the entry is a fragment of a list,
 * no date was found.
 */
export const WARNINGS = ["year-inferred", "spam-removed", "name-restored", "date-conflict", "fragment", "undated"] as const

/** `ev_` and twelve hex digits: the one pattern of an event id (a cursor embeds it in a larger one). */
export const eventIdSource = "ev_[0-9a-f]{12}"

/** The first characters of an id, as the CLI takes them (ev_5c1f), as git takes commit ids. */
export const isEventIdPrefix = (s: string): boolean => /^ev_[0-9a-f]{4,12}$/.test(s)
