import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { bundledCues, CUE_FILES, parseCues } from "../src/knowledge/cues.ts"
import { dataPath } from "../src/knowledge/load.ts"
import { bundledEntryCues } from "../src/segment/cues.ts"

// One cue vocabulary in two files: the extractors' word classes and how chronicle entries open.
describe("the cue files", () => {
  const files = CUE_FILES.map((f) => ({ f, cues: parseCues(readFileSync(dataPath(f), "utf8")) }))

  it("share no category, so reading them as one changes no class", () => {
    const [a, b] = files
    const shared = [...a!.cues.keys()].filter((k) => b!.cues.has(k))
    expect(shared).toEqual([])
  })

  it("are read once through knowledge/cues.ts: the segmenter's entry cues come from the same map", () => {
    const all = bundledCues()
    for (const { cues } of files) for (const [k, words] of cues) expect(all.get(k), k).toEqual(words)
    expect(bundledEntryCues().sameDay).toEqual(all.get("same-day"))
  })

  it("say above every category where its words come from", () => {
    for (const f of CUE_FILES) {
      const text = readFileSync(dataPath(f), "utf8")
      const categories = [...parseCues(text).keys()]
      const comments = text.split(/\r?\n/).filter((l) => l.startsWith("#")).join("\n")
      const undocumented = categories.filter((c) => !comments.includes(c.replace(/-\d$/, "-N")) && !comments.includes(c))
      expect(undocumented, f).toEqual([])
    }
  })
})
