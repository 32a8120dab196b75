import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { backendOf } from "../src/backend.ts"
import { browseLayer } from "../src/browse.ts"
import { backends, withStore } from "./helpers.ts"

/**
 * A word most events contain is found by walking the events in date order, testing each event against the
 * word index (`hasAll`) instead of building the set of all its matches first (`matchesAll`): the two must
 * be one condition, on both back-ends, or the answer would change with how common the word is.
 */

const doc = (name: string, text: string) => ({ name, bytes: Buffer.from(text, "utf8") })
// made-up events; the words searched for below are in some of them, whole or cut across
const text = [
  "3月5日,省长单立平在临江市主持召开省政府常务会议,研究部署春耕生产工作。",
  "3月8日,副省长欧阳志远在青山县调研春耕生产,察看农田水利设施。",
  "3月12日,临江市委书记曾晓东主持召开市委常委会会议,传达学习全省会议精神。",
  "3月15日,青山县召开安全生产工作会议。"
].join("\n")

const ids = (db: string, f: (b: ReturnType<typeof backendOf>) => ReturnType<ReturnType<typeof backendOf>["hasAll"]>) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql<{ id: string }>`SELECT e.id FROM events e WHERE ${f(backendOf(sql))} ORDER BY e.id`)
    ).pipe(Effect.provide(browseLayer(db))) as Effect.Effect<ReadonlyArray<{ id: string }>, never, never>
  ).then((rows) => rows.map((r) => r.id))

describe("the word index tested per event", () => {
  it.each(backends)("on $name gives the events its set of matches gives", async (backend) => {
    const db = await backend.tempDb()
    await withStore(db, (s) => s.ingestDocument(doc("a.txt", text)))
    for (const tokens of [["春耕"], ["春耕", "生产"], ["会议"], ["常委会", "会议"], ["临江"], ["翾翾"]]) {
      const set = await ids(db, (b) => b.matchesAll(tokens))
      expect(await ids(db, (b) => b.hasAll(tokens)), tokens.join(" ")).toEqual(set)
    }
    expect((await ids(db, (b) => b.matchesAll(["春耕"]))).length).toBe(2)
    expect(await ids(db, (b) => b.matchesAll(["翾翾"]))).toEqual([])
  })
})
