import { UsageError } from "../cli/errors.ts"
import { count, dbOption, rosterOption, yearOption } from "../cli/common.ts"
import type { CommandSpec } from "../cli/spec.ts"
import { existingFile, integer } from "../cli/values.ts"
import { readNumber, readText, readTexts } from "../cli/read.ts"

/** What fetch sends as its User-Agent (robots.txt groups are matched against it). */
export const USER_AGENT = "dashiji/0.1 (chronicle builder)"

export const fetchCommand: CommandSpec = {
  name: "fetch",
  summary: "download pages (URLs, a list, a feed's items) politely and ingest them with their URL, title and date",
  args: [{ name: "URL", description: "pages to fetch (http or https)", variadic: true }],
  options: [
    { name: "list", value: "FILE", description: "a file of URLs, one a line (# comments)", check: existingFile },
    { name: "feed", value: "URL", description: "an RSS or Atom feed: every page it lists (repeatable)", repeatable: true },
    { name: "save", value: "DIR", description: "keep each page's bytes and a NAME.meta.json sidecar here (dashiji ingest DIR reads them back)" },
    { name: "delay", value: "MS", description: "least time between two requests to one host (default 1000; robots.txt's Crawl-delay may raise it)", check: integer(0, 600_000) },
    { name: "concurrency", value: "N", description: "requests at once, all hosts together (default 4; one per host)", check: integer(1, 64) },
    { name: "timeout", value: "MS", description: "per request, headers and body (default 30000)", check: integer(100, 600_000) },
    { name: "max-bytes", value: "N", description: "largest page read (default 10485760); a longer one fails, read no further", check: integer(1024, 512 * 1024 * 1024) },
    { name: "retries", value: "N", description: "attempts after the first for network errors, 5xx and 429 (default 3, with backoff)", check: integer(0, 10) },
    yearOption,
    rosterOption,
    dbOption
  ],
  examples: [
    ["dashiji fetch https://www.example.gov.cn/2020/0203/a.html", "one page into data/dashiji.db"],
    ["dashiji fetch --list urls.txt --save pages/", "every URL of a list, the bytes kept in pages/"],
    ["dashiji fetch --feed https://www.example.gov.cn/rss.xml", "every page a feed lists, with the feed's titles and dates"]
  ],
  notes: [
    "Polite: robots.txt is read once per site and obeyed (its Crawl-delay too); one request at a time per host,",
    "--delay apart; failures of the network, 5xx and 429 are retried with backoff (Retry-After honoured).",
    "A page fetched before is asked for with If-None-Match / If-Modified-Since: unchanged pages cost no body",
    "and store nothing; new content at a known URL is stored as a new version, the earlier one kept.",
    "Each failure is one line on stderr with its reason (exit 1); the other pages go on."
  ],
  run: async ({ args, options }) => {
    const urls = readTexts(args, "URL") ?? []
    const feeds = readTexts(options, "feed") ?? []
    if (urls.length === 0 && feeds.length === 0 && options["list"] === undefined) throw new UsageError("missing URL: pages to fetch (or --list FILE, or --feed URL)")
    const { fetchPages } = await import("../heavy.ts")
    const r = await fetchPages(urls, {
      feeds,
      list: readText(options, "list"),
      save: readText(options, "save"),
      db: readText(options, "db"),
      year: readNumber(options, "year"),
      roster: readText(options, "roster"),
      delayMs: readNumber(options, "delay") ?? 1000,
      concurrency: readNumber(options, "concurrency") ?? 4,
      perHost: 1,
      timeoutMs: readNumber(options, "timeout") ?? 30_000,
      maxBytes: readNumber(options, "max-bytes") ?? 10 * 1024 * 1024,
      maxRedirects: 5,
      retries: readNumber(options, "retries") ?? 3,
      backoffMs: 500,
      userAgent: USER_AGENT
    })
    const notes = [r.unchanged > 0 ? `${r.unchanged} unchanged` : "", r.versions > 0 ? `${r.versions} new ${r.versions === 1 ? "version" : "versions"}` : "", r.failed > 0 ? `${r.failed} failed` : "", r.feedsFailed > 0 ? `${count(r.feedsFailed, "feed")} failed` : ""].filter((s) => s !== "")
    process.stdout.write(
      `${count(r.pages, "page")} fetched${notes.length > 0 ? ` (${notes.join(", ")})` : ""}, ${count(r.created, "event")} stored` +
        `${r.merged > 0 ? ` (${r.merged} merged into stored events)` : ""}; ${count(r.total, "event")} in ${r.shownPath}${r.newStore ? " (new store)" : ""}\n`
    )
    return { problems: r.problems, failed: r.failed > 0 || r.feedsFailed > 0 }
  }
}
