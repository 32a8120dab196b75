import type { Context, MiddlewareHandler } from "hono"
import { fail } from "./errors.ts"

/**
 * Limits on the reads that cost the server real work (issue #23): listings, search, reports. Any page the
 * user visits can make their browser send GETs to a local server (they need no preflight), and on the
 * network anyone can; so each client gets a token bucket (a burst, then a steady rate) and the server as
 * a whole answers only so many of these at once. Past either, 429 with Retry-After: the work is refused
 * before it starts, so the rest of the server keeps answering.
 */

export interface Limits {
  /** Expensive requests being answered at once, over all clients (0: no limit). */
  readonly concurrent: number
  /** Expensive requests per second per client, sustained (0: no limit). */
  readonly perSecond: number
  /** Expensive requests a client may send at once before the rate applies. */
  readonly burst: number
}

export const DEFAULT_LIMITS: Limits = { concurrent: 16, perSecond: 30, burst: 60 }

/** Paths whose answers read many rows: event listings and search, the name and month lists, reports, the reader's search and indexes. */
export const isExpensive = (method: string, path: string): boolean =>
  (method === "GET" || method === "HEAD") && /^\/(?:events\/?$|people(?:\/|$)|places\/?$|months\/?$|reports\/|search\/?$|index\/)/.test(path)

/** Limits from $DASHIJI_MAX_CONCURRENT, $DASHIJI_RATE_LIMIT and $DASHIJI_RATE_BURST; a value that is not a count is an error naming it. */
export const limitsFromEnv = (env: Record<string, string | undefined> = process.env): Limits => {
  const read = (name: string, fallback: number): number => {
    const raw = env[name]
    if (raw === undefined || raw.trim() === "") return fallback
    if (!/^\d{1,7}$/.test(raw.trim())) throw new Error(`${name} must be a whole number (got "${raw.slice(0, 40)}")`)
    return Number(raw.trim())
  }
  const perSecond = read("DASHIJI_RATE_LIMIT", DEFAULT_LIMITS.perSecond)
  return { concurrent: read("DASHIJI_MAX_CONCURRENT", DEFAULT_LIMITS.concurrent), perSecond, burst: read("DASHIJI_RATE_BURST", Math.max(1, perSecond * 2)) }
}

/** Token buckets per client: `take` answers 0 when a request may go, else the seconds until it may. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    /** Clients remembered at most (the oldest full bucket is forgotten first; a full bucket is the default anyway). */
    private readonly maxClients = 10_000
  ) {}

  take(client: string, now: number): number {
    const b = this.buckets.get(client) ?? { tokens: this.burst, at: now }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond)
    b.at = now
    this.buckets.delete(client)
    this.buckets.set(client, b)
    if (this.buckets.size > this.maxClients) this.forget(now)
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond))
  }

  private forget(now: number) {
    for (const [k, b] of this.buckets) {
      if (this.buckets.size <= this.maxClients) return
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k)
    }
    // every bucket is in use: the least recently seen go (Map keeps insertion order, refreshed on each take)
    for (const k of this.buckets.keys()) {
      if (this.buckets.size <= this.maxClients) return
      this.buckets.delete(k)
    }
  }
}

/** The client's address as the socket gives it (@hono/node-server puts the request in `env.incoming`). */
export const clientAddress = (c: Context): string => {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? "unknown"
}

export const limiter = (limits: Limits, clientOf: (c: Context) => string = clientAddress, now: () => number = Date.now): MiddlewareHandler => {
  const buckets = limits.perSecond > 0 ? new TokenBuckets(limits.perSecond, Math.max(1, limits.burst)) : null
  let inFlight = 0
  return async (c, next) => {
    if (!isExpensive(c.req.method, c.req.path)) return next()
    const wait = buckets?.take(clientOf(c), now()) ?? 0
    if (wait > 0) {
      c.header("Retry-After", String(wait))
      return fail(c, 429, "too_many_requests", `more than ${limits.perSecond} requests a second from this client; retry in ${wait} s`)
    }
    if (limits.concurrent > 0 && inFlight >= limits.concurrent) {
      c.header("Retry-After", "1")
      return fail(c, 429, "too_many_requests", `the server is answering ${limits.concurrent} such requests already; retry in 1 s`)
    }
    inFlight++
    try {
      await next()
    } finally {
      inFlight--
    }
  }
}
