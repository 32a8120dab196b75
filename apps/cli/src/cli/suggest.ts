/** Edit distance with transpositions (optimal string alignment): "evnets" is one step from "events". */
export const editDistance = (a: string, b: string): number => {
  const m = a.length
  const n = b.length
  const d: Array<Array<number>> = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
    }
  return d[m]![n]!
}

/**
 * The candidate the user most likely meant, or undefined when none is close: a few typos (one for short
 * words), or a unique candidate that starts with what was typed.
 */
export const closest = (input: string, candidates: ReadonlyArray<string>): string | undefined => {
  const x = input.toLowerCase()
  const allowed = x.length <= 3 ? 1 : x.length <= 6 ? 2 : 3
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const dist = editDistance(x, c.toLowerCase())
    if (dist < bestDistance) {
      best = c
      bestDistance = dist
    }
  }
  if (best !== undefined && bestDistance <= allowed) return best
  const prefixed = x.length >= 2 ? candidates.filter((c) => c.toLowerCase().startsWith(x)) : []
  return prefixed.length === 1 ? prefixed[0] : undefined
}

/** "; did you mean X?" or nothing. */
export const didYouMean = (input: string, candidates: ReadonlyArray<string>, show: (s: string) => string = (s) => s): string => {
  const c = closest(input, candidates)
  return c === undefined ? "" : `; did you mean ${show(c)}?`
}
