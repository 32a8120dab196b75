import { startServer } from "@dashiji/api"
import autocannon from "autocannon"

const hit = (url: string, seconds: number, connections = 10) =>
  new Promise<{ rps: number; p50: number; p99: number; errors: number; requests: number }>((resolve, reject) => {
    // a page that takes seconds gets one connection: ten would queue past autocannon's 10 s timeout
    autocannon({ url, duration: seconds, connections, timeout: 30 }, (err, r) => {
      if (err) return reject(err)
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total })
    })
  })

/** One request timed from its start to the last byte of its body (a page's first view). */
const once = async (url: string) => {
  const t = performance.now()
  const res = await fetch(url)
  const bytes = (await res.arrayBuffer()).byteLength
  return { ms: performance.now() - t, bytes, status: res.status }
}

/**
 * autocannon against /events?month= and /events?q= on loopback, and the web reader's month page (the
 * whole month's chronicle) and home page (months and each year's heat-map), bounded in time.
 */
export const benchApi = async (dbPath: string, seconds = 10) => {
  // throughput is what is measured: the per-client and concurrency limits (429) are off here
  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", limits: { concurrent: 0, perSecond: 0, burst: 0 } })
  try {
    await fetch(`${server.url}/events?month=2018-05`)
    const month = await hit(`${server.url}/events?month=2018-05&limit=50`, seconds)
    const q = await hit(`${server.url}/events?q=${encodeURIComponent("疫情防控")}&limit=50`, seconds)
    const webMonthFirst = await once(`${server.url}/month/2018-05`)
    const webMonth = await hit(`${server.url}/month/2018-05`, seconds, 1)
    const webHomeFirst = await once(`${server.url}/`)
    const webHome = await hit(`${server.url}/`, seconds, 1)
    return { month, q, webMonth: { ...webMonth, firstMs: webMonthFirst.ms, bytes: webMonthFirst.bytes }, webHome: { ...webHome, firstMs: webHomeFirst.ms, bytes: webHomeFirst.bytes } }
  } finally {
    await server.close()
  }
}
