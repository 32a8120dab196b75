import { cueWords } from "../../knowledge/cues.ts"

const placeSuffixes = cueWords("place-suffix")

/** A place's name without its level suffix (安阳市 → 安阳), the key two spellings of one place share. */
export const normalized = (name: string): string => {
  for (const x of placeSuffixes)
    if (name.endsWith(x) && name.length - x.length >= 2) return name.slice(0, -x.length)
  return name
}
