import { Either } from "effect"
import { BadUrl, BinaryContent, FetchTimeout, HostUnreachable, HttpStatus, TooLarge, TooManyRedirects, type FetchError } from "./errors.ts"

export interface HttpLimits {
  /** Whole request (headers and body) per attempt, in ms. */
  readonly timeoutMs: number
  /** Largest body read, in bytes; a longer one is `TooLarge` and read no further. */
  readonly maxBytes: number
  readonly maxRedirects: number
  readonly userAgent: string
}

export interface HttpAnswer {
  /** 200 or 304 (a conditional request's "not modified"). */
  readonly status: 200 | 304
  /** The URL after redirects. */
  readonly url: string
  readonly bytes: Uint8Array
  readonly contentType: string | null
  readonly etag: string | null
  readonly lastModified: string | null
}

export interface Conditional {
  readonly etag?: string | null | undefined
  readonly lastModified?: string | null | undefined
}

/** A failure worth another attempt (the server or the network may recover), with the wait the server asked for. */
export class Retryable {
  constructor(
    readonly error: FetchError,
    readonly retryAfterMs: number | null
  ) {}
}

// types that are text to read: HTML, XML (feeds), plain text, JSON (some sites serve articles as JSON)
const textual = /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|json|javascript)|[^;]*\+xml)/i

const causeOf = (e: unknown): string => {
  const c = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
  if (c !== undefined && c !== null) return typeof c.code === "string" ? `${c.code}${typeof c.message === "string" ? ` (${c.message})` : ""}` : String(c.message ?? c)
  return e instanceof Error ? e.message : String(e)
}

const retryAfter = (value: string | null): number | null => {
  if (value === null) return null
  const s = Number(value)
  if (Number.isFinite(s) && s >= 0) return s * 1000
  const t = Date.parse(value)
  return Number.isFinite(t) ? Math.max(0, t - Date.now()) : null
}

/**
 * One GET with the limits: redirects followed by hand (each checked against the visited ones, so a loop
 * ends at once), the body read no further than `maxBytes`, the whole exchange within `timeoutMs` (a page
 * that trickles forever ends too). Returns the answer, or a final error or a Retryable as the Left.
 */
export const httpGet = async (url: string, limits: HttpLimits, conditional: Conditional = {}): Promise<Either.Either<HttpAnswer, FetchError | Retryable>> => {
  const visited = new Set<string>()
  let current = url
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs)
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL
      try {
        parsed = new URL(current)
      } catch {
        return Either.left(new BadUrl({ url, reason: `not a URL: ${current}` }))
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return Either.left(new BadUrl({ url, reason: `only http and https are fetched (got ${parsed.protocol})` }))
      if (visited.has(parsed.href)) return Either.left(new TooManyRedirects({ url, reason: `redirect loop: ${parsed.href} again after ${hop} redirects` }))
      visited.add(parsed.href)
      const headers: Record<string, string> = { "user-agent": limits.userAgent, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1" }
      // validators only for the URL asked for: a redirect target is another resource
      if (hop === 0 && conditional.etag) headers["if-none-match"] = conditional.etag
      if (hop === 0 && conditional.lastModified) headers["if-modified-since"] = conditional.lastModified
      let res: Response
      try {
        res = await fetch(parsed, { redirect: "manual", headers, signal: controller.signal })
      } catch (e) {
        if (controller.signal.aborted) return Either.left(new Retryable(new FetchTimeout({ url, reason: `no answer within ${limits.timeoutMs} ms` }), null))
        return Either.left(new Retryable(new HostUnreachable({ url, reason: `cannot reach ${parsed.host}: ${causeOf(e)}` }), null))
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined)
        const location = res.headers.get("location")
        if (location === null) return Either.left(new HttpStatus({ url, status: res.status, reason: `HTTP ${res.status} without a Location` }))
        if (hop + 1 > limits.maxRedirects) return Either.left(new TooManyRedirects({ url, reason: `more than ${limits.maxRedirects} redirects` }))
        current = new URL(location, parsed).href
        continue
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined)
        return Either.right({ status: 304, url: parsed.href, bytes: new Uint8Array(0), contentType: null, etag: res.headers.get("etag") ?? conditional.etag ?? null, lastModified: res.headers.get("last-modified") ?? conditional.lastModified ?? null })
      }
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => undefined)
        const error = new HttpStatus({ url, status: res.status, reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}` })
        return Either.left(res.status >= 500 || res.status === 429 ? new Retryable(error, retryAfter(res.headers.get("retry-after"))) : error)
      }
      const contentType = res.headers.get("content-type")
      if (contentType !== null && !textual.test(contentType.trim())) {
        await res.body?.cancel().catch(() => undefined)
        return Either.left(new BinaryContent({ url, reason: `binary content: ${contentType.split(";")[0]!.trim()}` }))
      }
      const declared = Number(res.headers.get("content-length"))
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => undefined)
        return Either.left(new TooLarge({ url, limit: limits.maxBytes, reason: `larger than the ${limits.maxBytes} byte limit (Content-Length ${declared}); not read` }))
      }
      const chunks: Array<Uint8Array> = []
      let total = 0
      try {
        const reader = res.body!.getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          total += value.byteLength
          if (total > limits.maxBytes) {
            await reader.cancel().catch(() => undefined)
            return Either.left(new TooLarge({ url, limit: limits.maxBytes, reason: `the page goes on past the ${limits.maxBytes} byte limit; read no further` }))
          }
          chunks.push(value)
        }
      } catch (e) {
        if (controller.signal.aborted) return Either.left(new Retryable(new FetchTimeout({ url, reason: `the body did not end within ${limits.timeoutMs} ms (${total} bytes read)` }), null))
        return Either.left(new Retryable(new HostUnreachable({ url, reason: `the connection broke after ${total} bytes: ${causeOf(e)}` }), null))
      }
      const bytes = new Uint8Array(total)
      let at = 0
      for (const c of chunks) {
        bytes.set(c, at)
        at += c.byteLength
      }
      return Either.right({ status: 200, url: parsed.href, bytes, contentType, etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") })
    }
  } finally {
    clearTimeout(timer)
  }
}

/** The charset a Content-Type names, if any. */
export const charsetOf = (contentType: string | null): string | undefined => {
  if (contentType === null) return undefined
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)
  return m === null ? undefined : m[1]
}
