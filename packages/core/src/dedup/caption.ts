import type { ExtractedMention } from "../mention.ts"
import { hasMonth } from "./dates.ts"
import type { Fingerprint } from "./fingerprint.ts"
import { intersectionSize } from "./shingles.ts"
import { photoCredit } from "../segment/photo-credit.ts"

// A photo's caption and the report it illustrates: one occasion told twice in one document.

// a photo's credit: a role, a name or two, 摄, closing the mention (本报记者 某某 摄) or in brackets after a
// short caption ((实习生 某某摄) and a link's words after it); an article that opens with its photo's caption and credit is no
// caption (…会见某某。(某某记者 某某摄) 某某率领…)
const closingCredit = new RegExp(`${photoCredit.source}\\s*$`, "u")
const bracketedCredit = new RegExp(`[(（]${photoCredit.source}[)）]`, "u")
export const isCaption = (m: Pick<ExtractedMention, "text">): boolean =>
  closingCredit.test(m.text.slice(-40)) || (m.text.length <= CAPTION_LENGTH && bracketedCredit.test(m.text))
/** A caption is a sentence or two; a longer text holding a credit is an article with its photo. */
const CAPTION_LENGTH = 200

/** The day of the month a mention is dated on, with or without its month (23日…). */
const dayNumber = (m: ExtractedMention): number | null =>
  m.date.precision === "day" ? Number(m.date.start.slice(8, 10)) : (m.dayOfMonth ?? null)

/**
 * Two mentions of one report on one day (the same month when both give one), one of them a photo's
 * caption, of one kind, that share much of the shorter one's wording, or some of it and a person: a photo
 * of the occasion the other tells (a photo of the day's other meeting with the same leaders shares little).
 */
export const captionOfDay = (a: ExtractedMention, fa: Fingerprint, b: ExtractedMention, fb: Fingerprint): boolean => {
  // a page about one occasion may show a photo of another that day (a meeting beside a day of mourning)
  if (a.kind !== b.kind) return false
  const day = dayNumber(a)
  if (day === null || day !== dayNumber(b)) return false
  if (hasMonth(a.date) && hasMonth(b.date) && a.date.start.slice(5, 7) !== b.date.start.slice(5, 7)) return false
  const smaller = Math.min(fa.shingles.length, fb.shingles.length)
  const shared = smaller === 0 ? 0 : intersectionSize(fa.shingles, fb.shingles) / smaller
  const nb = new Set(b.people.map((p) => p.name))
  return shared >= CAPTION_WORDS || (shared >= CAPTION_WORDS_WITH_NAME && a.people.some((p) => nb.has(p.name)))
}
/** The share of the shorter text's shingles a caption and its report have in common: without a shared name, with one. */
const CAPTION_WORDS = 0.4
const CAPTION_WORDS_WITH_NAME = 0.2
