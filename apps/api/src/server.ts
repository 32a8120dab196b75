import { serve, type ServerType } from "@hono/node-server"
import { sqliteStoreLayer } from "@dashiji/store"
import { ManagedRuntime } from "effect"
import type { AddressInfo } from "node:net"
import { makeApp, type AppOptions } from "./app.ts"

export interface ServeOptions extends AppOptions {
  readonly db: string
  readonly port?: number
  readonly host?: string
}

const loopback = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host)

/** Refuses to listen beyond loopback without a token: POST would be open to the network. */
export const checkExposure = (host: string, token: string | undefined): string | null =>
  loopback(host) || (token !== undefined && token.length > 0)
    ? null
    : `refusing to listen on ${host} without DASHIJI_TOKEN: set a token (POST /documents needs it) or bind 127.0.0.1`

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly close: () => Promise<void>
}

/** Starts the API on a SQLite store; resolves when it listens. */
export const startServer = (options: ServeOptions): Promise<RunningServer> => {
  const host = options.host ?? "127.0.0.1"
  const problem = checkExposure(host, options.token)
  if (problem !== null) return Promise.reject(new Error(problem))
  const runtime = ManagedRuntime.make(sqliteStoreLayer(options.db))
  const app = makeApp(runtime, options)
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined
    try {
      server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, (info: AddressInfo) => {
        const h = host.includes(":") ? `[${host}]` : host
        resolve({
          url: `http://${h}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server?.close(() => {
                void runtime.dispose().then(() => done())
              })
            })
        })
      })
      server.on("error", reject)
    } catch (e) {
      reject(e)
    }
  })
}
