/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer, type RunningServer } from "../src/server.ts"
import { madeUpDocuments } from "./made-up.ts"

/**
 * The web reader in a real browser: Debian's Chromium driven by playwright-core against the real server
 * on loopback. A reader's path (a month, a search, an event, its source, a person), a screenshot of each
 * page kept in test-artifacts/ (gitignored), no request leaving the server, no console error.
 */

const chromiumPath = process.env["DASHIJI_CHROMIUM"] ?? "/usr/bin/chromium"
const artifacts = new URL("../test-artifacts/", import.meta.url).pathname
const db = join(mkdtempSync(join(tmpdir(), "dashiji-reader-")), "reader.db")
let server: RunningServer
let browser: Browser
const offsite: Array<string> = []
const problems: Array<string> = []

/** A browser context whose every request is checked: anything not to this server is recorded and refused. */
const context = async (width: number): Promise<BrowserContext> => {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" })
  await ctx.route("**/*", (route) => {
    const url = route.request().url()
    if (url.startsWith(`${server.url}/`)) return route.continue()
    offsite.push(url)
    return route.abort()
  })
  return ctx
}

const watch = (page: Page) => {
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`))
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`)
  })
  return page
}

/** The first matching element's text, once it is there. */
const textOf = async (locator: Locator) => ((await locator.first().textContent({ timeout: 10_000 })) ?? "").trim()

const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or set DASHIJI_CHROMIUM)`)
  mkdirSync(artifacts, { recursive: true })
  server = await startServer({ db, port: 0, host: "127.0.0.1", parsers: 1 })
  for (const d of madeUpDocuments) {
    const res = await fetch(`${server.url}/documents`, { method: "POST", body: JSON.stringify(d), headers: { "content-type": "application/json" } })
    expect(res.status).toBe(201)
  }
  browser = await chromium.launch({
    executablePath: chromiumPath,
    // as root in CI: no sandbox; nothing in the background may reach for the network
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=Translate,OptimizationHints,MediaRouter"]
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe("the web reader in Chromium", () => {
  it("opens a month, searches, opens an event, follows a source and opens a person", async () => {
    const ctx = await context(1200)
    const page = watch(await ctx.newPage())

    const home = await page.goto(`${server.url}/`)
    // the pages run no script at all: their policy names none, and only this server's stylesheet
    const policy = home?.headers()["content-security-policy"] ?? ""
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("style-src 'self'")
    expect(policy).not.toContain("script-src")
    expect(await textOf(page.locator("h1"))).toBe("大事记")
    expect(await page.locator("table.year").count()).toBeGreaterThan(0)
    await shot(page, "1-home")

    await page.getByRole("link", { name: /2021年3月/ }).first().click()
    await page.waitForURL(/\/month\/2021-03$/)
    expect(await textOf(page.locator("h1"))).toBe("2021年3月 大事记")
    // the calendar: the 16th has an event and links to its day in the chronicle
    expect(await page.locator('table.cal a[aria-label="3月16日：1 件"]').count()).toBe(1)
    expect(await page.locator("section#d-3月16日 .entry").count()).toBe(1)
    // downloads of the month
    for (const [format, type] of [["markdown", "text/markdown"], ["csv", "text/csv"], ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]] as const) {
      const href = await page.locator(`.downloads a[href*="format=${format}"]`).getAttribute("href")
      const res = await page.request.get(`${server.url}${href}`)
      expect(res.status(), format).toBe(200)
      expect(res.headers()["content-type"], format).toContain(type)
    }
    await shot(page, "2-month")

    await page.locator("form.search input[name=q]").fill("春耕")
    await page.locator("form.search button").click()
    await page.waitForURL(/\/search\?q=/)
    expect(await textOf(page.locator("h1"))).toBe("搜索“春耕”")
    const results = page.locator("ul.events li a")
    expect(await results.count()).toBeGreaterThan(0)
    await shot(page, "3-search")

    await results.first().click()
    await page.waitForURL(/\/event\/ev_[0-9a-f]{12}$/)
    expect(await textOf(page.locator("h1"))).toContain("春耕")
    const people = page.locator("table tbody tr", { hasText: "钟海岚" })
    expect(await textOf(people.first())).toContain("Zhōng Hǎilán")
    expect(await textOf(people.first())).toContain("省委书记")
    // an inspection is led (带队), not chaired
    expect(await textOf(people.first())).toContain("带队")
    // two papers reported it: two sources, the second with its merge reason, each with its text highlighted
    expect(await page.locator(".source").count()).toBe(2)
    expect(await textOf(page.locator("#source-2 .where"))).toContain("与首条来源合并")
    expect(await textOf(page.locator("#source-1 mark"))).toContain("白石县种子站")
    // each source names the encoding its document was read as
    expect(await textOf(page.locator("#source-1 .where"))).toContain("UTF-8 编码")
    await shot(page, "4-event")

    await page.locator("#source-1 .where a").click()
    await page.waitForURL(/\/source\?document=/)
    expect(await textOf(page.locator("mark"))).toContain("白石县种子站")
    // the stored reports before and after it in the same document
    expect(await textOf(page.locator(".context .around").first())).toContain("3月9日")
    // and the event the report belongs to
    expect(await textOf(page.locator("ul.events li a"))).toContain("春耕")
    await shot(page, "5-source")

    await page.goBack()
    await page.locator("table tbody tr a", { hasText: "钟海岚" }).first().click()
    await page.waitForURL(/\/person\//)
    expect(await textOf(page.locator("h1"))).toContain("钟海岚")
    expect(await textOf(page.locator("h1 .pinyin"))).toBe("Zhōng Hǎilán")
    expect(await page.locator("ul.events li").count()).toBeGreaterThanOrEqual(3)
    // the roles as each event's kind has them: a meeting chaired, an inspection led
    const roles = await textOf(page.locator("dl.facts"))
    expect(roles).toContain("主持")
    expect(roles).toContain("带队")
    await shot(page, "6-person")

    await ctx.close()
    expect(offsite).toEqual([])
    expect(problems).toEqual([])
  })

  it("fits a phone: no sideways scrolling, and no line starts with ，。）、", async () => {
    const ctx = await context(360)
    const page = watch(await ctx.newPage())
    for (const [name, path] of [["7-phone-month", "/month/2021-03"], ["8-phone-home", "/"]] as const) {
      await page.goto(`${server.url}${path}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await shot(page, name)
    }
    await page.goto(`${server.url}/month/2021-03`)
    // each closing punctuation mark that begins a line box: its rectangle sits left of and below the character before it
    const lineStarts = await page.evaluate(() => {
      const found: Array<string> = []
      const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT)
      let prev: DOMRect | null = null
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const text = n.textContent ?? ""
        for (let i = 0; i < text.length; i++) {
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + 1)
          const rect = r.getClientRects()[0]
          if (rect === undefined) continue
          if (prev !== null && "，。）、；：！？」』".includes(text[i]!) && rect.top > prev.bottom - 2 && rect.left < prev.left) found.push(text.slice(Math.max(0, i - 8), i + 2))
          prev = rect
        }
      }
      return found
    })
    expect(lineStarts).toEqual([])
    await ctx.close()
    expect(offsite).toEqual([])
    expect(problems).toEqual([])
  })

  it("serves the API docs (Swagger UI) offline, without console errors", async () => {
    const ctx = await context(1200)
    const page = watch(await ctx.newPage())
    await page.goto(`${server.url}/docs`)
    await page.locator(".opblock").first().waitFor()
    expect(await page.locator(".opblock").count()).toBe(9)
    await shot(page, "9-docs")
    await ctx.close()
    expect(offsite).toEqual([])
    expect(problems).toEqual([])
  })
})
