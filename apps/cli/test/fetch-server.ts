import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { createRequire } from "node:module"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { AddressInfo } from "node:net"
import { repoRoot } from "./helpers.ts"

// GBK bytes for a page whose only declaration of its charset is the server's header
const iconv = createRequire(join(repoRoot, "packages/core/package.json"))("iconv-lite") as { encode: (s: string, enc: string) => Buffer }

/** Made-up pages (invented people and places; no year in their text but in their metadata). */
export const article = (title: string, day: string, published: string, body: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title} - 某某省人民政府</title>
<meta property="og:site_name" content="某某省人民政府">
<meta property="article:published_time" content="${published}T09:00:00+08:00">
</head><body><h1>${title}</h1><p>${day}，${body}</p></body></html>`

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])

export interface TestSite {
  readonly base: string
  /** Requests per path, with whether each was conditional. */
  readonly hits: Map<string, Array<{ conditional: boolean; status: number }>>
  /** What /changing.html serves now. */
  version: number
  readonly close: () => Promise<void>
}

/**
 * A site on loopback: articles with metadata, a feed, robots.txt, documents of the development corpus as
 * plain text, and the bad cases (404, 500, a redirect loop, an image, binary bytes sent as HTML, a page
 * that never ends, one that never answers, a feed that is HTML, one 500 before a success).
 */
export const startSite = async (): Promise<TestSite> => {
  const hits = new Map<string, Array<{ conditional: boolean; status: number }>>()
  const site = { version: 1 } as { version: number }
  let flaky = 0
  const open = new Set<ServerResponse>()
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
    const conditional = req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined
    const send = (status: number, body: string | Buffer, type = "text/html; charset=utf-8", headers: Record<string, string> = {}) => {
      hits.set(path, [...(hits.get(path) ?? []), { conditional, status }])
      res.writeHead(status, { "content-type": type, ...headers })
      res.end(body)
    }
    const withEtag = (etag: string, body: string | Buffer, type?: string) => {
      if (req.headers["if-none-match"] === etag) return send(304, "", undefined, { etag })
      send(200, body, type, { etag, "last-modified": "Mon, 02 Mar 2020 08:00:00 GMT" })
    }
    switch (true) {
      case path === "/robots.txt":
        return send(200, "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n", "text/plain")
      case path === "/news/1.html":
        return withEtag('"n1"', article("省长李华主持召开省政府常务会议", "3月2日", "2021-03-03", "省长李华主持召开省政府常务会议，研究部署春耕生产工作。"))
      case path === "/news/2.html":
        // GBK, declared only by the header
        return withEtag('"n2"', iconv.encode("<html><body><p>3月5日，副省长周明到某某县调研春季农业生产，察看小麦长势。</p></body></html>", "gbk"), "text/html; charset=gbk")
      case path === "/news/3.html":
        return withEtag('"n3"', "<html><body><p>4月8日，某某市召开防汛工作会议，部署汛期安全工作。</p></body></html>")
      case path === "/news/4.html":
        return withEtag('"n4"', "<html><body><p>4月9日，某某市举行植树活动，干部群众共植树一万株。</p></body></html>")
      case path === "/feed.xml":
        return send(
          200,
          `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某市新闻</title>
<item><title><![CDATA[某某市召开防汛工作会议]]></title><link>/news/3.html</link><pubDate>Fri, 09 Apr 2021 08:00:00 +0800</pubDate></item>
<item><title>某某市举行植树活动 &amp; 义务劳动</title><link>${"http://127.0.0.1"}:PORT/news/4.html</link><pubDate>Sat, 10 Apr 2021 08:00:00 +0800</pubDate></item>
</channel></rss>`.replace("PORT", String((server.address() as AddressInfo).port)),
          "application/rss+xml"
        )
      case path === "/changing.html":
        return withEtag(`"c${site.version}"`, site.version === 1 ? "<p>5月6日，某某县召开脱贫攻坚推进会。</p>" : "<p>5月6日，某某县召开脱贫攻坚推进会。</p><p>5月7日，某某县开展安全生产检查。</p>")
      case path.startsWith("/corpus/"):
        return withEtag(`"${path}"`, readFileSync(join(repoRoot, "eval/corpus/raw", path.slice("/corpus/".length))), "text/plain; charset=utf-8")
      case path === "/private/secret.html":
        return send(200, "<p>3月1日，不应被抓取。</p>")
      case path === "/missing.html":
        return send(404, "not found")
      case path === "/error.html":
        return send(500, "boom")
      case path === "/flaky.html":
        flaky++
        return flaky === 1 ? send(503, "try later", "text/plain", { "retry-after": "0" }) : send(200, "<p>6月1日，某某区召开优化营商环境大会。</p>")
      case path === "/loop-a":
        return send(302, "", undefined, { location: "/loop-b" })
      case path === "/loop-b":
        return send(301, "", undefined, { location: "/loop-a" })
      case path === "/image.png":
        return send(200, PNG, "image/png")
      case path === "/binary.html":
        return send(200, PNG, "text/html")
      case path === "/endless.html": {
        hits.set(path, [...(hits.get(path) ?? []), { conditional, status: 200 }])
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        open.add(res)
        const tick = setInterval(() => {
          if (res.destroyed) return clearInterval(tick)
          res.write("<p>某某县召开会议。</p>".repeat(200))
        }, 5)
        res.on("close", () => clearInterval(tick))
        return
      }
      case path === "/silent.html":
        hits.set(path, [...(hits.get(path) ?? []), { conditional, status: 0 }])
        open.add(res)
        return // never answers
      case path === "/not-a-feed.xml":
        return send(200, "<!doctype html><html><body>不是订阅源</body></html>")
      default:
        return send(404, "not found")
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(site, {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: async () => {
      for (const r of open) r.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
}
