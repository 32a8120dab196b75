import { cueClass, cueRegExp } from "../../knowledge/cues.ts"

// the conjunctions between names (某某和某某, 某某、某某与某某)
export const nameSeparator = cueRegExp`[、${cueClass("name-joiner")}]`
