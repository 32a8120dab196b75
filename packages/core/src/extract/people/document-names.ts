import { isHan } from "../chars.ts"
import type { NameScan } from "../name-scan/index.ts"
import { nameSeparator } from "./separators.ts"

/**
 * 7. Names the document gives with a title elsewhere (行政长官某某某某 in the lead), standing bare in this
 * mention (来访的某某某某与…共同主持): a report names a person in full once. Taken where a name can stand —
 * after a break, a title, a joiner or 的 — and where what follows a name follows it.
 */
export const documentNames = (s: NameScan): void => {
  const names = s.ctx.documentNames
  if (names === undefined || names.size === 0) return
  const { text } = s
  const boundedAt = (i: number): boolean => {
    const prev = text[i - 1]
    return prev === undefined || !isHan(prev) || prev === "的" || s.titleEndAt.has(i) || nameSeparator.test(prev)
  }
  for (const name of names) {
    if (name.length < 2) continue
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length
      if (s.known.has(name) || !boundedAt(i) || s.followerAt(end) === null) continue
      let taken = false
      for (let j = i; j < end && !taken; j++) taken = s.foundAt(j).length > 0
      if (!taken) s.add({ name, start: i, end, titles: [], titleStart: null, national: false, via: "document", inList: false })
    }
  }
}
