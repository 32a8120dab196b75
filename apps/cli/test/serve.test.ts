import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, corpusStore, repoRoot } from "./helpers.ts"

/**
 * `dashiji serve` as users run it (the launcher and the esbuild bundle in apps/cli/dist) parses posted
 * documents in its worker threads: the bundle holds the worker's entry (dist/parse-worker.mjs), so the
 * pool does not fall back to parsing on the event loop. Seen from outside: GET /health keeps being
 * answered while a large document is parsed, which a parse on the event loop would hold up to the end.
 */

/** 2 MB on one line of made-up names and titles: seconds of parsing, one event to store. */
const bigDocument = (salt: string) => {
  const unit = "副省长林明远、省委书记钟海岚，"
  return `3月2日，${unit.repeat(Math.ceil(2_000_000 / Buffer.byteLength(unit)))}（${salt}）`
}

describe("dashiji serve from the bundle", () => {
  it("parses a posted document in a worker thread: /health is answered meanwhile", async () => {
    const { db } = corpusStore()
    const server = spawn(process.execPath, [bin, "serve", "--port", "0", "--db", db], { cwd: repoRoot, env: { ...process.env, DASHIJI_TOKEN: "" }, stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    server.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ""
        server.stdout.on("data", (b: Buffer) => {
          out += b.toString()
          const m = /dashiji reader on (http:\/\/[^/\s]+)\//.exec(out)
          if (m) resolve(m[1]!)
        })
        server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
      })
      expect(existsSync(join(repoRoot, "apps/cli/dist/parse-worker.mjs"))).toBe(true)
      const post = (name: string, text: string) =>
        fetch(`${url}/documents?name=${name}`, { method: "POST", body: text, headers: { "content-type": "text/plain", "x-dashiji-client": "test" } })
      // the workers load the dictionary first: a small document waits for them
      expect((await post("warm.txt", "1月2日，副省长温立新到石门县调研。")).status).toBe(201)
      let posted = false
      const big = post("big.txt", bigDocument(String(process.pid))).then(async (r) => {
        posted = true
        return { status: r.status, body: await r.text() }
      })
      const answeredDuring: Array<number> = []
      while (!posted) {
        const h = await fetch(`${url}/health`)
        expect(h.status).toBe(200)
        await h.json()
        if (!posted) answeredDuring.push(Date.now())
        await new Promise((r) => setTimeout(r, 5))
      }
      const r = await big
      expect(r.status, r.body).toBe(201)
      expect(answeredDuring.length).toBeGreaterThan(2)
      expect(stderr).toBe("")
    } finally {
      server.kill("SIGTERM")
      await new Promise((r) => server.once("exit", r))
    }
  })
})
