import { Command, Options } from "@effect/cli"
import { startServer } from "@dashiji/api"
import { resolveDbPath } from "@dashiji/store"
import { Effect, Option } from "effect"
import { dbOption } from "./ingest.ts"

export const serveCommand = Command.make(
  "serve",
  {
    port: Options.integer("port").pipe(Options.withDefault(8787), Options.withDescription("port (0 picks a free one)")),
    host: Options.text("host").pipe(Options.withDefault("127.0.0.1"), Options.withDescription("address to bind; beyond loopback needs DASHIJI_TOKEN")),
    db: dbOption
  },
  ({ port, host, db }) =>
    Effect.tryPromise({
      try: async () => {
        const server = await startServer({ db: resolveDbPath(Option.getOrUndefined(db)), port, host, token: process.env["DASHIJI_TOKEN"] })
        process.stdout.write(`dashiji API on ${server.url} (docs: ${server.url}/docs)\n`)
        await new Promise<void>((resolve) => {
          const stop = () => void server.close().then(resolve)
          process.once("SIGINT", stop)
          process.once("SIGTERM", stop)
        })
      },
      catch: (e) => new Error(e instanceof Error ? e.message : String(e))
    })
).pipe(Command.withDescription("serve the HTTP API over the store (127.0.0.1:8787 by default)"))
