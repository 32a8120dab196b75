import type { Classified } from "./types.ts"

// how many lines a page may set above its lead (site name, channel line, headline, subtitle, slogan)
const linesBeforeLead = 6
// how much of the lead paragraph a headline is compared with
const leadRead = 200
const sentenceEnd = /[。！？!?]/

/** The character pairs of a text (within runs of letters and digits: punctuation and spaces break them). */
const pairsOf = (text: string): Array<string> => {
  const pairs: Array<string> = []
  for (let i = 0; i + 1 < text.length; i++) if (/[\p{L}\p{N}]/u.test(text[i]!) && /[\p{L}\p{N}]/u.test(text[i + 1]!)) pairs.push(text.slice(i, i + 2))
  return pairs
}

/** The share of a line's character pairs that the lead holds. */
const shareInLead = (line: string, lead: ReadonlySet<string>): number => {
  const pairs = pairsOf(line)
  return pairs.length === 0 ? 0 : pairs.filter((p) => lead.has(p)).length / pairs.length
}

/**
 * A single article's headline. A scraped page may set several short lines above the lead: the site's name or
 * a channel (人民网, 某某新传媒), a column's slogan, the headline, a subtitle (某某主持并讲话 某某出席). The
 * headline is the one that says what the lead says: of the lines that read as headlines before the lead
 * paragraph, the one whose character pairs the lead holds most (the first of equals). Without a lead paragraph
 * near the top, the first line when it reads as a headline.
 */
export const articleHeadline = (body: ReadonlyArray<Classified>): Classified | null => {
  const first = body[0]
  if (first === undefined) return null
  const leadAt = body.slice(0, linesBeforeLead + 1).findIndex((l) => sentenceEnd.test(l.text))
  const candidates = body.slice(0, leadAt < 0 ? 1 : leadAt).filter((l) => l.k.kind === "headline")
  if (leadAt < 0 || candidates.length <= 1) return first.k.kind === "headline" ? first : (candidates[0] ?? null)
  const lead = new Set(pairsOf(body[leadAt]!.text.slice(0, leadRead)))
  let best = candidates[0]!
  let bestShare = shareInLead(best.text, lead)
  for (const c of candidates.slice(1)) {
    const share = shareInLead(c.text, lead)
    if (share > bestShare) {
      best = c
      bestShare = share
    }
  }
  return best
}
