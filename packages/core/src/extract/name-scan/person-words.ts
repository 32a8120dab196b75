import type { PersonCues } from "../../knowledge/lexicon.ts"
import { WordSet } from "../../knowledge/wordset.ts"
import { derivedFrom } from "../../knowledge/derived.ts"
import { cueWords } from "../../knowledge/cues.ts"

/** What ends a run of text before a bare name (punctuation, spaces, 、), as words of one character. */
export const siteBreakWords = new WordSet([...",，。；;：:！!？?\n\r \t\u3000\u00a0、"])

// Verbs that close a sentence of attendees (周建华,国务院指导组成员刘志勇参加活动).
const participationVerbs = cueWords("participation-verb")
/** A sentence that ends in one of them, with at most a few words after it (参加座谈). */
export const endsInParticipation = new RegExp(`(?:${participationVerbs.join("|")})\\p{Script=Han}{0,8}$`, "u")
/** Every occurrence of them (they overlap nowhere, so one search finds all). */
export const participationVerbSearch = new RegExp(participationVerbs.join("|"), "g")

export interface PersonWords {
  readonly partVerbs: WordSet
  /** Lead words that may directly follow a bare name opening a clause (到, 赴 and the longer ones). */
  readonly leadAfterName: WordSet
  /** What may close a bare list of names (等, 同志, 参加 …). */
  readonly closerSet: WordSet
  /** Lead and participant verbs (what a person does after 在 + place). */
  readonly actionWords: WordSet
  readonly leadSet: WordSet
  readonly participantSet: WordSet
  readonly refAfterSet: WordSet
  readonly leadOrPartSet: WordSet
}
// the one-character lead words that may follow a bare name (王明到…, 王明赴…); the others are too common
const shortLeadAfterName = cueWords("short-lead-after-name")
export const personWords = derivedFrom(
  (cues: PersonCues): PersonWords => ({
    partVerbs: new WordSet(participationVerbs),
    leadAfterName: new WordSet(cues.lead.filter((w) => w.length > 1 || shortLeadAfterName.includes(w))),
    closerSet: new WordSet([...cueWords("name-list-closer"), ...cues.participant, ...cues.lead]),
    actionWords: new WordSet([...cues.lead, ...cues.participant].filter((w) => w.length > 1)),
    leadSet: new WordSet(cues.lead),
    participantSet: new WordSet(cues.participant),
    refAfterSet: new WordSet(cues.refAfter),
    leadOrPartSet: new WordSet([...cues.lead, ...cues.participant])
  })
)
