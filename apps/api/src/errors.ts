import type { Context } from "hono"
import type { ContentfulStatusCode } from "hono/utils/http-status"

/** Every error leaves as `{error, message}` with its status; never a stack trace. */
export const fail = (c: Context, status: ContentfulStatusCode, error: string, message: string) => c.json({ error, message }, status)

/** Failures of store effects that carry a typed error, mapped to HTTP. */
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
