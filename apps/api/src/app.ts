import { Cause, Effect, Exit, Option } from "effect"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { secureHeaders } from "hono/secure-headers"
import { timeout } from "hono/timeout"
import { cors } from "hono/cors"
import { etag } from "hono/etag"
import { HTTPException } from "hono/http-exception"
import { fail, HttpError, toHttpError } from "./errors.ts"
import { contentSecurityPolicy, guard } from "./guard.ts"
import { DEFAULT_LIMITS, limiter, type Limits } from "./limits.ts"
import type { ParsePool } from "./parse/pool.ts"
import { openApiDocument } from "./openapi.ts"
import { docsPolicy, docsRoutes } from "./docs.ts"
import { readerPolicy, readerRoutes } from "./web/routes.tsx"
import { documentsRoutes } from "./routes/documents.ts"
import { eventsRoutes } from "./routes/events.ts"
import { monthsRoutes, peopleRoutes, placesRoutes } from "./routes/people.ts"
import { reportsRoutes } from "./routes/reports.ts"
import type { Run, StoreRuntime } from "./runtime.ts"
import { EventQuery } from "@dashiji/store"

export interface AppOptions {
  /** When set, POST needs `Authorization: Bearer <token>`. */
  readonly token?: string | undefined
  /** Largest accepted body in bytes (default 5 MB). */
  readonly maxBodyBytes?: number
  /** Per-request time limit in ms (default 30 s); a document not parsed by then is dropped (504). */
  readonly timeoutMs?: number
  /** host:port values the server answers to (null or absent: any; startServer sets the bound address). */
  readonly hosts?: () => ReadonlySet<string> | null
  /** Worker threads that parse posted documents (absent: parsed on the event loop, as in tests of routes). */
  readonly pool?: ParsePool
  /**
   * Origins (scheme://host:port) whose pages may read the API (CORS, GET and HEAD only). None by default:
   * then no page of another origin can read the answers. Writes from another origin stay refused.
   */
  readonly corsOrigins?: ReadonlyArray<string>
  /** Limits on expensive reads (listings, search, reports): per client and at once; 429 past them (limits.ts). */
  readonly limits?: Limits
}

/** Runs a request's effect; typed failures become HttpErrors with their status (toHttpError). */
const runner =
  (runtime: StoreRuntime): Run =>
  async (effect) => {
    // the store opens on first use: its failures are mapped like the request's own
    const exit = await Effect.runPromiseExit(toHttpError(Effect.provide(effect, runtime)))
    if (Exit.isSuccess(exit)) return exit.value
    const failure = Cause.failureOption(exit.cause)
    if (Option.isSome(failure)) throw failure.value
    // a defect or an interruption: the operator's log says which, the client gets one line
    process.stderr.write(`dashiji serve: ${Cause.pretty(exit.cause).split("\n")[0]}\n`)
    throw new HttpError(500, "internal", "internal error")
  }

/** The Hono app over a store runtime: one router per resource, JSON errors, OpenAPI, safety middleware. */
export const makeApp = (runtime: StoreRuntime, options: AppOptions = {}) => {
  const run = runner(runtime)
  const app = new Hono()
  // headers first, so that every answer carries them: errors, 404s, refusals below and HEAD
  app.use("*", secureHeaders())
  // the docs page runs Swagger UI's script; the reader's pages (HTML anywhere else) run none
  app.use("*", contentSecurityPolicy((path, type) => (path === "/docs" || path.startsWith("/docs/") ? docsPolicy : type === "text/html" ? readerPolicy : undefined)))
  app.use("*", guard({ hosts: options.hosts ?? (() => null), token: options.token !== undefined && options.token.length > 0 }))
  // after the guard (a refused Host spends no one's allowance), before any work
  app.use("*", limiter(options.limits ?? DEFAULT_LIMITS))
  const origins = options.corsOrigins ?? []
  if (origins.length > 0) app.use("*", cors({ origin: [...origins], allowMethods: ["GET", "HEAD"], exposeHeaders: ["ETag"], maxAge: 600 }))
  // GET answers carry an ETag (a hash of the body); If-None-Match with it answers 304 without the body
  const tagged = etag()
  app.use("*", async (c, next) => (c.req.method === "GET" ? tagged(c, next) : next()))
  app.use("*", timeout(options.timeoutMs ?? 30_000))
  app.use(
    "*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 5 * 1024 * 1024,
      onError: (c) => fail(c, 413, "payload_too_large", `the body is larger than ${options.maxBodyBytes ?? 5 * 1024 * 1024} bytes`)
    })
  )
  app.use("*", async (c, next) => {
    if (c.req.method === "POST" && options.token !== undefined && options.token.length > 0) {
      if (c.req.header("authorization") !== `Bearer ${options.token}`) return fail(c, 401, "unauthorized", "POST needs Authorization: Bearer <DASHIJI_TOKEN>")
    }
    await next()
  })
  app.get("/health", async (c) => c.json({ status: "ok", events: await run(Effect.flatMap(EventQuery, (s) => s.count())) }))
  app.route("/events", eventsRoutes(run))
  app.route("/people", peopleRoutes(run))
  app.route("/places", placesRoutes(run))
  app.route("/months", monthsRoutes(run))
  app.route("/reports", reportsRoutes(run))
  app.route("/documents", documentsRoutes(run, { pool: options.pool, timeoutMs: options.timeoutMs ?? 30_000 }))
  app.get("/openapi.json", (c) => c.json(openApiDocument()))
  app.route("/docs", docsRoutes())
  app.route("/", readerRoutes(run))
  app.notFound((c) => fail(c, 404, "not_found", `no route ${c.req.method} ${c.req.path}`))
  app.onError((err, c) => {
    if (err instanceof HttpError) {
      if (err.retryAfter !== undefined) c.header("Retry-After", String(err.retryAfter))
      return fail(c, err.status, err.code, err.message)
    }
    if (err instanceof HTTPException) return fail(c, err.status as 400, err.status === 504 ? "timeout" : "http_error", err.message || "request failed")
    // the client gets one line; the server's operator gets what failed (one line, no stack unless DASHIJI_DEBUG)
    process.stderr.write(`dashiji serve: ${c.req.method} ${c.req.path}: ${process.env["DASHIJI_DEBUG"] === "1" && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err)}\n`)
    return fail(c, 500, "internal", "internal error")
  })
  return app
}
