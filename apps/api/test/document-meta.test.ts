import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer, type RunningServer } from "../src/server.ts"

// made-up reports: nothing in the text says which year
const report = "3月2日，省长李华主持召开省政府常务会议，研究部署春耕生产和粮食安全工作。\n3月4日，李华到某某县调研春季农业生产。\n"
const other = "6月8日，某某市召开防汛工作会议，部署汛期安全工作。\n"
let server: RunningServer

const post = (path: string, body: string, type = "text/plain; charset=utf-8") =>
  fetch(`${server.url}${path}`, { method: "POST", body, headers: { "content-type": type, "x-dashiji-client": "test" } })
const starts = async () => {
  const page = (await (await fetch(`${server.url}/events?limit=500`)).json()) as { items: Array<{ id: string; date: { start: string; year: { source: string } } }> }
  return page.items.map((e) => `${e.date.start} ${e.date.year.source}`).sort()
}

beforeAll(async () => {
  server = await startServer({ db: join(mkdtempSync(join(tmpdir(), "dashiji-api-meta-")), "api.db"), port: 0, host: "127.0.0.1" })
})
afterAll(async () => {
  await server?.close()
})

describe("POST /documents with metadata", () => {
  it("takes url, title, publisher, published in the query; the date justifies the years", async () => {
    const q = new URLSearchParams({ name: "a.txt", url: "https://example.org/a.html", title: "省政府常务会议", publisher: "某某省人民政府", published: "2021-03-05" })
    const res = await post(`/documents?${q}`, report)
    expect(res.status).toBe(201)
    expect(await starts()).toEqual(["2021-03-02 published", "2021-03-04 published"])
  })

  it("re-posting the same bytes with a new date updates them: the same events, re-dated; again is a no-op", async () => {
    const before = (await (await fetch(`${server.url}/events?limit=500`)).json()) as { items: Array<{ id: string }> }
    const res = await post("/documents", JSON.stringify({ name: "a.txt", text: report, published: "2019-03-10" }), "application/json")
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; updated: Array<string>; created: Array<string> }
    expect(body.status).toBe("updated")
    expect(body.created).toEqual([])
    expect(body.updated.sort()).toEqual(before.items.map((e) => e.id).sort())
    expect(await starts()).toEqual(["2019-03-02 published", "2019-03-04 published"])
    const again = await post("/documents", JSON.stringify({ name: "a.txt", text: report, published: "2019-03-10" }), "application/json")
    expect(((await again.json()) as { status: string }).status).toBe("skipped")
    // a title alone: updated, the years stay
    const titled = await post(`/documents?name=a.txt&title=${encodeURIComponent("新标题")}`, report)
    expect(((await titled.json()) as { status: string }).status).toBe("updated")
    expect(await starts()).toEqual(["2019-03-02 published", "2019-03-04 published"])
  })

  it("year in a JSON body is the default year", async () => {
    const res = await post("/documents", JSON.stringify({ name: "b.txt", text: other, year: 2018 }), "application/json")
    expect(res.status).toBe(201)
    expect(await starts()).toContain("2018-06-08 default")
  })

  it("the web reader cites the document by title, publisher, date and link on the month, event and source pages", async () => {
    const text = "7月9日，某某市召开乡村振兴工作推进会，部署下半年重点任务。\n"
    const q = new URLSearchParams({ name: "reader.txt", url: "https://news.example.org/2021/0710/r.html?a=1&b=2", title: "乡村振兴推进会<召开>", publisher: "某某日报", published: "2021-07-10" })
    expect((await post(`/documents?${q}`, text)).status).toBe(201)
    const month = await (await fetch(`${server.url}/month/2021-07`)).text()
    const link = '<a href="https://news.example.org/2021/0710/r.html?a=1&amp;b=2" rel="noopener noreferrer nofollow">《乡村振兴推进会&lt;召开&gt;》</a>，某某日报，2021年7月10日发布'
    expect(month).toContain(link)
    const id = /href="\/event\/(ev_[0-9a-f]{12})"/.exec(month)![1]!
    const event = await (await fetch(`${server.url}/event/${id}`)).text()
    expect(event).toContain(link)
    const source = /href="(\/source\?[^"]+)"/.exec(event)![1]!.replace(/&amp;/g, "&")
    expect(await (await fetch(`${server.url}${source}`)).text()).toContain(link)
  })

  it("refuses a date that does not exist, a URL that is not http(s), a year out of range, each naming the field", async () => {
    for (const [path, body, type, field] of [
      ["/documents?name=c.txt&published=2021-02-30", other, undefined, "published"],
      ["/documents?name=c.txt&url=javascript:alert(1)", other, undefined, "url"],
      ["/documents", JSON.stringify({ name: "c.txt", text: other, year: 12 }), "application/json", "year"]
    ] as const) {
      const res = await post(path, body, type)
      expect(res.status, path).toBe(400)
      const err = (await res.json()) as { error: string; message: string }
      expect(err.error).toBe("bad_request")
      expect(err.message.startsWith(`${field}:`), err.message).toBe(true)
    }
  })
})
