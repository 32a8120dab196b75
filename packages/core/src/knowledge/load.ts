import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** Absolute path of a file in packages/core/data. */
export const dataPath = (file: string): string => fileURLToPath(new URL(`../../data/${file}`, import.meta.url))

/** A word-list file: one entry per line; blank lines and `#` comments ignored. */
export const readWordList = (path: string): Array<string> =>
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l.length > 0)
