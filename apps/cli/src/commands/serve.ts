import { dbOption } from "../cli/common.ts"
import { Failure } from "../cli/errors.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { integer, text } from "../cli/values.ts"
import { readNumber, readText } from "../cli/read.ts"

export const serveCommand: CommandSpec = {
  name: "serve",
  summary: "serve the web reader and the HTTP API over the store (http://127.0.0.1:8787/ by default)",
  args: [],
  options: [
    { name: "port", value: "N", description: "port to listen on, 0 for any free one (default 8787)", check: integer(0, 65535, "a port number") },
    { name: "host", value: "ADDRESS", description: "address to bind (default 127.0.0.1); beyond loopback needs DASHIJI_TOKEN", check: text(255) },
    { name: "cors", value: "ORIGINS", description: "origins (comma-separated, e.g. http://localhost:5173) whose pages may read the API; none by default", check: text(2000) },
    { name: "rate-limit", value: "N", description: "listings, searches and reports a client may ask for per second (default 30, burst twice that; 0: no limit; $DASHIJI_RATE_LIMIT)", check: integer(0, 1_000_000) },
    { name: "max-concurrent", value: "N", description: "such requests answered at once over all clients (default 16; 0: no limit; $DASHIJI_MAX_CONCURRENT)", check: integer(0, 1_000_000) },
    dbOption
  ],
  examples: [
    ["dashiji serve", "the reader on http://127.0.0.1:8787/, the API beside it (docs at /docs)"],
    ["DASHIJI_TOKEN=secret dashiji serve --host 0.0.0.0 --port 9000", "on the network, POST /documents needing the token"]
  ],
  notes: ["Stops on Ctrl-C (SIGINT) or SIGTERM."],
  run: async ({ options }) => {
    const { storeToRead } = await import("../store-path.ts")
    const store = storeToRead(readText(options, "db"))
    const port = readNumber(options, "port") ?? 8787
    const { startServer, limitsFromEnv } = await import("@dashiji/api")
    let server
    try {
      const fromEnv = limitsFromEnv()
      const rate = readNumber(options, "rate-limit")
      const concurrent = readNumber(options, "max-concurrent")
      const limits = {
        concurrent: concurrent ?? fromEnv.concurrent,
        perSecond: rate ?? fromEnv.perSecond,
        burst: rate === undefined ? fromEnv.burst : Math.max(1, rate * 2)
      }
      const cors = (readText(options, "cors") ?? process.env["DASHIJI_CORS"] ?? "").split(",").map((o) => o.trim()).filter((o) => o.length > 0)
      server = await startServer({ db: store.path, port, host: readText(options, "host") ?? "127.0.0.1", token: process.env["DASHIJI_TOKEN"], corsOrigins: cors, limits })
    } catch (e) {
      const code = (e as { code?: string }).code
      if (code === "EADDRINUSE") throw new Failure(`port ${port} is in use: stop what holds it or give --port (0 picks a free one)`)
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new Failure(`cannot listen on ${String(options["host"])}: no such address on this machine`)
      if (code === "EACCES") throw new Failure(`not allowed to listen on port ${port} (ports below 1024 need privileges)`)
      throw new Failure(e instanceof Error ? e.message : String(e), 1, e)
    }
    process.stdout.write(`dashiji reader on ${server.url}/ (API docs: ${server.url}/docs)\n`)
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve)
      process.once("SIGINT", stop)
      process.once("SIGTERM", stop)
    })
  }
}
