import { startServer } from "@dashiji/api"
import autocannon from "autocannon"

const hit = (url: string, seconds: number) =>
  new Promise<{ rps: number; p99: number; errors: number; requests: number }>((resolve, reject) => {
    autocannon({ url, duration: seconds, connections: 10 }, (err, r) => {
      if (err) return reject(err)
      resolve({ rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total })
    })
  })

/** autocannon against /events?month= and /events?q= on loopback, bounded in time. */
export const benchApi = async (dbPath: string, seconds = 10) => {
  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1" })
  try {
    await fetch(`${server.url}/events?month=2018-05`)
    const month = await hit(`${server.url}/events?month=2018-05&limit=50`, seconds)
    const q = await hit(`${server.url}/events?q=${encodeURIComponent("疫情防控")}&limit=50`, seconds)
    return { month, q }
  } finally {
    await server.close()
  }
}
