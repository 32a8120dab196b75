/**
 * Text as the deduplicator compares it: no punctuation, no spaces, ASCII lower-cased.
 * (The cleaner has already removed spam and joined broken lines.)
 */
export const normalizeForDedup = (text: string): string =>
  text.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase()
