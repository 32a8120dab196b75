import { existsSync } from "node:fs"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { backends, withStore } from "./helpers.ts"
import { pgSnapshot } from "./snapshots.ts"
import { dumpFixture, dumpLines, dumpQueries, firstDifference, parsedFixture, readGzLines, readParsedFixture, sqliteDump } from "./store-dump.ts"

/**
 * Issues #20 and #22: the store keeps exactly what it kept before its code was made faster and split up.
 * The parser's output for the seeds and the development corpus, checked in when the fixture was written
 * (scripts/write-store-fixture.ts), is ingested document by document into a fresh store; its dump must equal
 * the checked-in dump line for line. The parser is not run here, so extraction changes do not move it.
 */
const missing = (p: string) => `${p} is missing: write it with \`npx tsx scripts/write-store-fixture.ts\` (see the script)`

describe("store dump of the seeds and the development corpus", () => {
  for (const backend of backends)
    it(`${backend.name}: equals the checked-in dump`, async () => {
      expect(existsSync(parsedFixture), missing(parsedFixture)).toBe(true)
      expect(existsSync(dumpFixture), missing(dumpFixture)).toBe(true)
      const documents = readParsedFixture()
      const expected = readGzLines(dumpFixture)
      const db = await backend.tempDb()
      const results = await withStore(db, (s) => Effect.forEach(documents, (d) => s.ingestParsedDocument(d)))
      expect(results.map((r) => r.status)).toEqual(documents.map(() => "ingested"))
      const actual = db.startsWith("postgres") ? dumpLines(await pgSnapshot(db, dumpQueries)) : sqliteDump(db)
      // merges across documents are what the store's incremental dedup must get right
      expect(expected.filter((l) => l.startsWith("merges\t")).length).toBeGreaterThan(0)
      if (actual.join("\n") !== expected.join("\n")) expect.fail(firstDifference(actual, expected))
    }, 600_000)
})
