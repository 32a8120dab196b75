// Parse and jieba cut side by side on 1 MB corpora (two rounds), for the code of a given checkout: the
// way to tell a regression from a loaded machine is to run two checkouts one after the other on it.
//   cd bench && npx tsx parse-vs-cut.ts            (this checkout)
//   cd bench && npx tsx parse-vs-cut.ts /tmp/old   (a worktree of another commit, its node_modules linked)
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"

const root = resolve(process.argv[2] ?? new URL("..", import.meta.url).pathname)
const { parseVsCut } = (await import(pathToFileURL(`${root}/bench/pool.ts`).href)) as typeof import("./pool.ts")
const { makeCorpus } = (await import(pathToFileURL(`${root}/bench/corpus.ts`).href)) as typeof import("./corpus.ts")
const MB = 1024 * 1024
const side = await parseVsCut([makeCorpus(1 * MB), makeCorpus(1 * MB, 43)], makeCorpus(1 * MB, 1234))
console.log(JSON.stringify({ root, ratio: side.ratio, ratios: side.ratios, cutMBps: side.cut?.mbps, parseMBps: side.parse1?.mbps }))
