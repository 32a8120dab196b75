import { decodeBytes } from "@dashiji/core"
import { Either } from "effect"
import { BadUrl, BinaryContent, DisallowedByRobots, type FetchError, FetchTimeout, HostUnreachable, UnreadableText } from "./errors.ts"
import { parseFeed, type FeedItem } from "./feed.ts"
import { charsetOf, type Conditional, type HttpAnswer, httpGet, type HttpLimits } from "./http.ts"
import { Scheduler, type Politeness, type RetryPolicy, withRetries } from "./polite.ts"
import { allowAll, disallowAll, parseRobots, type Robots } from "./robots.ts"

export interface FetchSettings extends HttpLimits, Politeness, RetryPolicy {}

/** A page to fetch, with what a feed said about it. */
export interface Target {
  readonly url: string
  readonly title?: string | undefined
  readonly published?: string | undefined
}

export type PageResult =
  | { readonly target: Target; readonly status: 200; readonly answer: HttpAnswer; readonly charset: string | undefined; readonly fetchedAt: string }
  | { readonly target: Target; readonly status: 304; readonly answer: HttpAnswer; readonly fetchedAt: string }
  | { readonly target: Target; readonly status: "failed"; readonly error: FetchError }

/**
 * The polite client: robots.txt read once per origin (and obeyed, its Crawl-delay too), requests spaced
 * and bounded per host, retried with backoff, each within the HTTP limits.
 */
export class Fetcher {
  private readonly scheduler: Scheduler
  private readonly robots = new Map<string, Promise<Either.Either<Robots, FetchError>>>()

  constructor(private readonly s: FetchSettings) {
    this.scheduler = new Scheduler(s)
  }

  private get(url: URL, conditional: Conditional = {}, limits: Partial<HttpLimits> = {}) {
    return withRetries(this.s, () => this.scheduler.run(url.host, () => httpGet(url.href, { ...this.s, ...limits }, conditional)))
  }

  /**
   * RFC 9309: a robots.txt that is missing (4xx) allows everything; one the server fails to give (5xx)
   * allows nothing for now, since the site may mean to keep robots out. A host that cannot be reached at
   * all is that error for each of its pages.
   */
  private robotsOf(url: URL): Promise<Either.Either<Robots, FetchError>> {
    let r = this.robots.get(url.origin)
    if (r === undefined) {
      r = this.get(new URL("/robots.txt", url), {}, { maxBytes: 512 * 1024 }).then(
        Either.match({
          onLeft: (e): Either.Either<Robots, FetchError> => {
            if (e._tag === "HostUnreachable" || e._tag === "FetchTimeout") return Either.left(e)
            return Either.right(e._tag === "HttpStatus" && e.status >= 400 && e.status < 500 ? allowAll : disallowAll)
          },
          onRight: (a) => {
            const text = new TextDecoder("utf-8").decode(a.bytes)
            const robots = parseRobots(text, this.s.userAgent)
            if (robots.crawlDelay !== null) this.scheduler.slowDown(url.host, robots.crawlDelay * 1000)
            return Either.right(robots)
          }
        })
      )
      this.robots.set(url.origin, r)
    }
    return r
  }

  private async allowed(url: URL): Promise<FetchError | null> {
    return Either.match(await this.robotsOf(url), {
      onLeft: (e) => (e._tag === "HostUnreachable" ? new HostUnreachable({ url: url.href, reason: e.reason }) : new FetchTimeout({ url: url.href, reason: `robots.txt: ${e.reason}` })),
      onRight: (robots) =>
        robots.allows(`${url.pathname}${url.search}`) ? null : new DisallowedByRobots({ url: url.href, reason: `robots.txt of ${url.host} disallows ${url.pathname}${url.search}` })
    })
  }

  /** One page: allowed by robots.txt, fetched (conditionally when validators are known), and text. */
  async page(target: Target, conditional: Conditional): Promise<PageResult> {
    let url: URL
    try {
      url = new URL(target.url)
    } catch {
      return { target, status: "failed", error: new BadUrl({ url: target.url, reason: "not a URL" }) }
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { target, status: "failed", error: new BadUrl({ url: target.url, reason: `only http and https are fetched (got ${url.protocol})` }) }
    const refused = await this.allowed(url)
    if (refused !== null) return { target, status: "failed", error: refused }
    const fetchedAt = new Date().toISOString()
    const got = await this.get(url, conditional)
    if (Either.isLeft(got)) return { target, status: "failed", error: got.left }
    const a = got.right
    if (a.status === 304) return { target, status: 304, answer: a, fetchedAt }
    const charset = charsetOf(a.contentType)
    // the core's decoder decides what text is: binary bytes are refused here, before anything is stored
    return Either.match(decodeBytes(url.href, a.bytes, charset), {
      onLeft: (e): PageResult => ({
        target,
        status: "failed",
        error: e._tag === "BinaryDocument" ? new BinaryContent({ url: url.href, reason: e.reason }) : new UnreadableText({ url: url.href, reason: e.reason })
      }),
      onRight: (): PageResult => ({ target, status: 200, answer: a, charset, fetchedAt })
    })
  }

  /** A feed's pages, with their titles and dates. */
  async feed(feedUrl: string): Promise<Either.Either<Array<FeedItem>, FetchError>> {
    let url: URL
    try {
      url = new URL(feedUrl)
    } catch {
      return Either.left(new BadUrl({ url: feedUrl, reason: "not a URL" }))
    }
    const refused = await this.allowed(url)
    if (refused !== null) return Either.left(refused)
    const a = await this.get(url)
    return Either.flatMap(a, (answer) => parseFeed(answer.url, answer.bytes))
  }
}
