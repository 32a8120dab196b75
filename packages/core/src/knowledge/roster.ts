// PLACEHOLDER (owned by the entities work).
import type { Person } from "../schema/event.ts"
import type { KnowledgeData } from "./Knowledge.ts"

/** The only year in which the named people held the named titles together in `month`, or null. */
export const inferYearFromRoster = (_people: ReadonlyArray<Person>, _month: number, _k: KnowledgeData): number | null =>
  null
