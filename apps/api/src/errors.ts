import type { InvalidQuery, StoreBusy, StoreError } from "@dashiji/store"
import { type ConfigError, Effect } from "effect"
import type { Context } from "hono"
import type { ContentfulStatusCode } from "hono/utils/http-status"
import type { ParseCrashed, ParseDeadline, PoolBusy } from "./parse/pool.ts"

/** Every error leaves as `{error, message}` with its status; never a stack trace. */
export const fail = (c: Context, status: ContentfulStatusCode, error: string, message: string) => c.json({ error, message }, status)

/** A typed failure as the client is told it: thrown out of a handler, answered by the app's onError. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Seconds, sent as Retry-After (503, 429). */
    readonly retryAfter?: number
  ) {
    super(message)
  }
}

/** Every typed failure a request's effect may end with. */
export type RequestFailure = StoreError | InvalidQuery | StoreBusy | PoolBusy | ParseDeadline | ParseCrashed

/** The one place typed failures become HTTP statuses (the store's opening fails with a bad setting too). */
export const toHttpError = <A, R>(effect: Effect.Effect<A, RequestFailure | ConfigError.ConfigError, R>): Effect.Effect<A, HttpError, R> =>
  Effect.catchTags(effect, {
    // the operator's log says which setting; the client gets one line
    ConfigError: (e) =>
      Effect.zipRight(
        Effect.sync(() => process.stderr.write(`dashiji serve: ${String(e).split("\n")[0]}\n`)),
        Effect.fail(new HttpError(500, "internal", "internal error"))
      ),
    InvalidQuery: (e) => Effect.fail(new HttpError(400, "bad_request", e.reason)),
    StoreBusy: () => Effect.fail(new HttpError(503, "store_busy", "another writer holds the store; retry shortly", 5)),
    StoreError: () => Effect.fail(new HttpError(500, "store_error", "the store could not answer")),
    PoolBusy: () => Effect.fail(new HttpError(503, "busy", "every parser is busy; retry shortly", 2)),
    ParseDeadline: (e) => Effect.fail(new HttpError(504, "timeout", `the document was ${e.message}`)),
    ParseCrashed: () => Effect.fail(new HttpError(500, "internal", "the parser failed on this document"))
  })
