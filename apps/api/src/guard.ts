import type { Context, MiddlewareHandler } from "hono"
import { fail } from "./errors.ts"

/**
 * Browser safety for a server on the user's own machine. A web page the user visits can make the browser
 * send requests to 127.0.0.1: DNS rebinding gives them a foreign Host, a cross-site write carries a
 * foreign Origin, and a "simple" request (a form post, text/plain) is sent without asking the server
 * first. So: a Host that is not the bound address is refused, a write from a foreign Origin is refused,
 * and a write must be JSON (which a browser sends cross-site only after a CORS preflight, never answered
 * here) or text/plain with a header a page cannot add without a preflight (or the token).
 */

/** The header a non-browser client adds to a text/plain POST (a page cannot, without a preflight). */
export const CLIENT_HEADER = "x-dashiji-client"

export interface Guard {
  /** host:port values the server answers to; null: any (bound to every interface, the token guards). */
  readonly hosts: () => ReadonlySet<string> | null
  /** A token is configured (it then guards every write). */
  readonly token: boolean
}

/** The Host values a server bound to `host` on `port` answers to (loopback: each loopback name). */
export const hostsFor = (host: string, port: number): ReadonlySet<string> | null => {
  const h = host.toLowerCase()
  if (h === "0.0.0.0" || h === "::" || h === "") return null
  const loopback = h === "localhost" || h === "::1" || /^127\./.test(h)
  const names = loopback ? [h, "localhost", "127.0.0.1", "[::1]"] : [h.includes(":") ? `[${h}]` : h]
  return new Set(names.map((n) => `${n === "::1" ? "[::1]" : n}:${port}`))
}

const writes = new Set(["POST", "PUT", "PATCH", "DELETE"])

export const guard =
  (g: Guard): MiddlewareHandler =>
  async (c, next) => {
    const hosts = g.hosts()
    if (hosts !== null) {
      const host = (c.req.header("host") ?? "").toLowerCase()
      if (!hosts.has(host)) return fail(c, 421, "misdirected_request", "this server answers only to the address it is bound to")
    }
    if (writes.has(c.req.method)) {
      const origin = c.req.header("origin")
      if (origin !== undefined && (hosts === null ? !sameHost(origin, c) : !originAllowed(origin, hosts)))
        return fail(c, 403, "forbidden_origin", "writes from another origin are refused")
      if (c.req.header("sec-fetch-site") === "cross-site") return fail(c, 403, "forbidden_origin", "cross-site writes are refused")
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
      if (type === "text/plain" && !g.token && c.req.header(CLIENT_HEADER) === undefined)
        return fail(c, 403, "client_header_required", `a text/plain POST needs the ${CLIENT_HEADER} header (or send application/json)`)
    }
    await next()
  }

const originAllowed = (origin: string, hosts: ReadonlySet<string>): boolean => {
  try {
    const u = new URL(origin)
    return u.protocol === "http:" && hosts.has(u.host.toLowerCase())
  } catch {
    return false
  }
}

/** Bound to every interface: an Origin must at least name the Host the request came to. */
const sameHost = (origin: string, c: Context): boolean => {
  try {
    return new URL(origin).host.toLowerCase() === (c.req.header("host") ?? "").toLowerCase()
  } catch {
    return false
  }
}

/** Nothing may load, frame or submit anything: the API serves data, not pages. */
export const apiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox"

/**
 * Sets the Content-Security-Policy of every response (errors and HEAD included): a page's own where
 * `pageOf` gives one for the path and the answer's media type, else the API's (nothing may load).
 */
export const contentSecurityPolicy =
  (pageOf: (path: string, mediaType: string) => string | undefined): MiddlewareHandler =>
  async (c, next) => {
    await next()
    const type = (c.res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
    c.res.headers.set("Content-Security-Policy", pageOf(c.req.path, type) ?? apiPolicy)
  }

/** The headers every response carries, for answers Node writes itself (431, 400 on a malformed request). */
export const rawSecureHeaders = [
  `Content-Security-Policy: ${apiPolicy}`,
  "X-Content-Type-Options: nosniff",
  "X-Frame-Options: SAMEORIGIN",
  "Referrer-Policy: no-referrer",
  "Cross-Origin-Resource-Policy: same-origin",
  "Cross-Origin-Opener-Policy: same-origin"
]
