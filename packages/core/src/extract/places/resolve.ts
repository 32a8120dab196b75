import type { Place } from "../../schema/event.ts"
import type { PlaceFinds } from "./finds.ts"
import { fullerAlias } from "./fuller-name.ts"
import { normalized } from "./normalized.ts"
import type { Item } from "./types.ts"

/**
 * The places found, in text order, once each: a bare venue takes its fuller name, and of two spellings
 * of one place the longer stays (安阳市 over 安阳).
 */
export const resolvePlaces = (f: PlaceFinds): Array<Place> => {
  const found = [...f.found].sort((a, b) => a.at - b.at)
  const out: Array<Place> = []
  const seen = new Map<string, number>()
  // a bare venue (传染病医院) takes the fuller name the text gives it elsewhere: looked up once per name
  // (once per occurrence was quadratic on a long line)
  const names = [...new Set(found.map((x) => x.item.name))]
  const fuller = new Map<string, string>()
  const fullerName = (item: Item): string => {
    let name = fuller.get(item.name)
    if (name === undefined) {
      const longer = names.filter((n) => n.length > item.name.length && n.endsWith(item.name)).sort((a, b) => b.length - a.length)[0]
      name = longer ?? fullerAlias(f.plain, item)
      fuller.set(item.name, name)
    }
    return name
  }
  for (const { item } of found) {
    const name = !item.bare || item.level !== "venue" ? item.name : fullerName(item)
    const key = normalized(name)
    const prev = seen.get(key)
    if (prev !== undefined) {
      // keep the full form (安阳市 over 安阳)
      if (name.length > out[prev]!.name.length) out[prev] = { name, level: out[prev]!.level }
      continue
    }
    seen.set(key, out.length)
    out.push({ name, level: item.level })
  }
  return out
}
