/**
 * Ingest of a bench corpus into a fresh SQLite store, for profiling (#20):
 *   cd bench && node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx profile-ingest.ts [MB]
 * prints the ingest and the parse-alone speed on the same documents.
 */
import { makeCorpus } from "./corpus.ts"
import { parseThroughput } from "./parse.ts"
import { benchIngest } from "./store.ts"

const mb = Number(process.argv[2] ?? 1)
const docs = makeCorpus(mb * 1024 * 1024, 5)
const only = process.argv[3]
if (only !== "parse") {
  const ingest = await benchIngest(docs)
  process.stdout.write(`ingest ${ingest.mb.toFixed(2)} MB: ${ingest.seconds.toFixed(1)} s, ${ingest.mbps.toFixed(3)} MB/s, ${ingest.events} events\n`)
}
if (only !== "ingest") {
  const parse = await parseThroughput(docs)
  process.stdout.write(`parse alone: ${parse.mbps.toFixed(3)} MB/s\n`)
}
