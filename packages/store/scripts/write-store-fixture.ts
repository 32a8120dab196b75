/**
 * Writes the store fixture of test/store-dump.test.ts from the code as it is now: the parser's output for the
 * seeds and the development corpus (test/fixtures/store-input.jsonl.gz) and the dump of a fresh SQLite store
 * after ingesting them one document after another (test/fixtures/store-dump.jsonl.gz).
 *
 *   cd packages/store && npx tsx scripts/write-store-fixture.ts
 *
 * Run it only to accept a deliberate change of what the store keeps (a new column, other merge rules) and
 * read the diff of the dumps first; the test never writes its fixture.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CoreLive, parseCorpus } from "@dashiji/core"
import { Effect } from "effect"
import { Ingest } from "../src/ingest.ts"
import { storeLayer } from "../src/layers.ts"
import { dumpFixture, fixtureDir, fixtureInputs, parsedFixture, sqliteDump, writeGzLines } from "../test/store-dump.ts"

const parsed = await Effect.runPromise(parseCorpus(fixtureInputs()).pipe(Effect.provide(CoreLive)))
if (parsed.errors.length > 0) throw new Error(`documents the parser refused: ${parsed.errors.map((e) => e.name).join(", ")}`)
const db = join(mkdtempSync(join(tmpdir(), "dashiji-fixture-")), "store.db")
await Effect.runPromise(
  Effect.scoped(Effect.flatMap(Ingest, (s) => Effect.forEach(parsed.documents, (d) => s.ingestParsedDocument(d)))).pipe(Effect.provide(storeLayer(db)))
)
mkdirSync(fixtureDir, { recursive: true })
writeFileSync(parsedFixture, writeGzLines(parsed.documents.map((d) => JSON.stringify(d))))
const dump = sqliteDump(db)
writeFileSync(dumpFixture, writeGzLines(dump))
console.log(`${parsed.documents.length} documents, ${dump.length} rows → ${dumpFixture}`)
