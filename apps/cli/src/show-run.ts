import { existsSync, readFileSync, statSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import { contentHashOf, decodeBytes } from "@dashiji/core"
import { chineseDate, chinesePunctuation, citePlain, displayOrganizations, encodingLabel, eventsToJsonl, kindLabel, roleFor, yearReason } from "@dashiji/export"
import { EventQuery } from "@dashiji/store"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Either } from "effect"
import { emit, renderListing, type TableFormat } from "./cli/listing.ts"
import { styleFor } from "./cli/style.ts"
import { eventListing, findEvent, sourceTexts } from "./listings.ts"
import { runWithStore, storeToRead } from "./store.ts"
import { readNumber, readText, readTexts } from "./cli/read.ts"

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url))

/** The raw text of a stored document, when a file with the same bytes is found where the user keeps them. */
const documentFinder = (places: ReadonlyArray<string>) => {
  const cache = new Map<string, string | null>()
  return (name: string, hash: string): string | null => {
    const key = `${hash}\u0000${name}`
    if (cache.has(key)) return cache.get(key)!
    let found: string | null = null
    for (const place of places) {
      const candidates = statSync(place).isDirectory() ? [join(place, name), join(place, basename(name))] : basename(place) === basename(name) ? [place] : []
      for (const c of candidates) {
        if (!existsSync(c) || statSync(c).isDirectory()) continue
        const bytes = new Uint8Array(readFileSync(c))
        if (contentHashOf(bytes) !== hash) continue
        found = Either.match(decodeBytes(name, bytes), { onLeft: () => null, onRight: (d) => d.text })
        break
      }
      if (found !== null) break
    }
    cache.set(key, found)
    return found
  }
}

/** Lines of a block of text, each indented, long ones left whole (the terminal wraps them). */
const indent = (s: string, pad: string): string =>
  s
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => `${pad}${l.trim()}`)
    .join("\n")

export const showEvent = async (id: string, o: Record<string, unknown>, format: TableFormat): Promise<void> => {
  const store = storeToRead(readText(o, "db"))
  const { event, texts, hashes, meta } = await runWithStore(
    store.path,
    Effect.gen(function* () {
      const event = yield* findEvent(id)
      const texts = yield* sourceTexts(event)
      const sql = yield* SqlClient.SqlClient
      const rows = yield* sql<{ document: string; content_hash: string }>`SELECT DISTINCT document, content_hash FROM mentions WHERE event_id = ${event.id}`
      const meta = yield* (yield* EventQuery).documentsMeta(rows.map((r) => r.document))
      return { event, texts, hashes: rows, meta }
    })
  )
  if (format !== "text") {
    const content = format === "jsonl" && o["fields"] === undefined ? eventsToJsonl([event]) : await renderListing(eventListing, [event], format, o)
    emit(content, o, event.id)
    return
  }
  const style = styleFor(process.stdout)
  const context = readNumber(o, "context") ?? 80
  const find = documentFinder([...(readTexts(o, "docs") ?? []), ".", ...(existsSync(seedsDir) ? [seedsDir] : [])])
  const hashOf = (document: string) => hashes.filter((h) => h.document === document).map((h) => h.content_hash)
  const e = event
  const when = e.date.end === null || e.date.end === e.date.start ? chineseDate(e.date.start) : `${chineseDate(e.date.start)}至${chineseDate(e.date.end)}`
  const out: Array<string> = []
  out.push(`${style.bold(chinesePunctuation(e.title))}`)
  out.push(`${style.dim(e.id)}  ${when}  ${kindLabel[e.kind]} (${e.kind})`)
  out.push("")
  if (e.summary.length > 0) out.push(indent(chinesePunctuation(e.summary), ""), "")
  const field = (label: string, value: string) => {
    if (value.length > 0) out.push(`${style.bold(label.padEnd(10))}${value}`)
  }
  field("people", e.people.map((p) => `${p.titles.join("、")}${p.name}（${roleFor(e.kind, p.role)}，${p.pinyin}）`).join("  "))
  field("places", e.places.map((p) => `${p.name}（${p.level}）`).join("、"))
  field("orgs", displayOrganizations(e).join("、"))
  field("reporters", e.reporters.join("、"))
  const reason = yearReason[e.date.year.source]
  field("year", `${e.date.year.value ?? "unknown"} (${e.date.year.source}${reason === null ? "" : `: ${reason}`})`)
  field("warnings", e.warnings.join(", "))
  const sources: Array<{ document: string; span: readonly [number, number]; note: string }> = [
    ...e.sources.map((s) => ({ document: s.document, span: s.span, note: s.format })),
    ...e.merged.map((m) => ({ document: m.document, span: m.span, note: `merged: ${m.method} ${m.score.toFixed(2)}` }))
  ]
  // a merged mention is listed once, under its merge
  const seen = new Set<string>()
  const unique = sources.filter((s) => {
    const k = `${s.document}\u0000${s.span[0]}:${s.span[1]}`
    const merged = s.note.startsWith("merged")
    if (!merged && e.merged.some((m) => m.document === s.document && m.span[0] === s.span[0] && m.span[1] === s.span[1])) return false
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  out.push("", style.bold(`sources (${unique.length})`))
  unique.forEach((s, i) => {
    const line = texts.lineOf(s.document, s.span[0])
    // the encoding the document was read as, when the store knows it: a.txt (GB18030), line 3, …
    const encoding = meta.get(s.document)?.encoding
    const where = `${s.document}${encoding === undefined ? "" : ` (${encodingLabel(encoding)})`}${line === undefined ? "" : `, line ${line}`}, span ${s.span[0]}–${s.span[1]} (${s.note})`
    // a document with metadata is cited by title, publisher, date and link; the file and span follow
    const cited = citePlain(s.document, meta.get(s.document))
    if (cited === s.document) out.push(`${String(i + 1).padStart(3)}. ${where}`)
    else out.push(`${String(i + 1).padStart(3)}. ${cited}`, `     ${style.dim(where)}`)
    const raw = hashOf(s.document)
      .map((h) => find(s.document, h))
      .find((t) => t !== null)
    if (raw !== undefined && raw !== null) {
      const before = raw.slice(Math.max(0, s.span[0] - context), s.span[0]).replace(/\s+/g, " ")
      const inside = raw.slice(s.span[0], s.span[1]).replace(/\s+/g, " ")
      const after = raw.slice(s.span[1], s.span[1] + context).replace(/\s+/g, " ")
      const mark = (t: string) => (style.bold(t) === t ? `【${t}】` : style.bold(t))
      out.push(`     ${style.dim(`${s.span[0] > context ? "…" : ""}${before}`)}${mark(inside)}${style.dim(`${after}${s.span[1] + context < raw.length ? "…" : ""}`)}`)
    } else {
      const kept = texts.text(s.document, s.span)
      if (kept !== undefined) out.push(indent(kept, "     "))
      else out.push("     (text not kept; give --docs with the document's folder)")
    }
  })
  process.stdout.write(`${out.join("\n")}\n`)
}
