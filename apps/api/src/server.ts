import { serve, type ServerType } from "@hono/node-server"
import { browseLayer } from "@dashiji/store"
import { ManagedRuntime } from "effect"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { makeApp, type AppOptions } from "./app.ts"
import { hostsFor, rawSecureHeaders } from "./guard.ts"
import { ParsePool } from "./parse/pool.ts"

export interface ServeOptions extends AppOptions {
  readonly db: string
  /** Parser worker threads (default: one less than the cores, at least 1). */
  readonly parsers?: number
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

/**
 * HEAD as GET without the body, with every header of the GET answer. (Hono's own HEAD copies the
 * answer through the server's Response class, which drops the headers: no CSP, no nosniff.)
 */
const withHead =
  (fetch: (req: Request, env?: unknown) => Response | Promise<Response>) =>
  async (req: Request, env?: unknown): Promise<Response> => {
    // env carries the socket (the client's address, for the per-client limits)
    if (req.method !== "HEAD") return fetch(req, env)
    const res = await fetch(new Request(req.url, { method: "GET", headers: req.headers }), env)
    const headers = new Headers(res.headers)
    await res.body?.cancel()
    // an empty string, not null: the server's Response class keeps the headers only of a response with a body
    // (Node sends no body for HEAD either way)
    return new Response("", { status: res.status, statusText: res.statusText, headers })
  }

/** Starts the API on a store (a SQLite file or a postgres:// URL); resolves when it listens. */
export const startServer = (options: ServeOptions): Promise<RunningServer> => {
  const host = options.host ?? "127.0.0.1"
  const problem = checkExposure(host, options.token)
  if (problem !== null) return Promise.reject(new Error(problem))
  const runtime = ManagedRuntime.make(browseLayer(options.db))
  // the port is known once listening (port 0 picks one): until then no Host is accepted
  let hosts: ReadonlySet<string> | null = new Set<string>()
  const pool = options.pool ?? new ParsePool(options.parsers === undefined ? {} : { size: options.parsers })
  const app = makeApp(runtime, { ...options, pool, hosts: () => hosts })
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined
    try {
      server = serve({ fetch: withHead(app.fetch), port: options.port ?? 8787, hostname: host }, (info: AddressInfo) => {
        hosts = hostsFor(host, info.port)
        const h = host.includes(":") ? `[${host}]` : host
        resolve({
          url: `http://${h}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              void pool.close()
              server?.close(() => {
                void runtime.dispose().then(() => done())
              })
              // keep-alive connections would hold close() open
              ;(server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.()
            })
        })
      })
      // answers Node writes itself (headers too large, a malformed request) carry the secure headers too
      server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
        if (!socket.writable) return socket.destroy()
        const status = err.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request"
        const body = JSON.stringify({ error: status.startsWith("431") ? "headers_too_large" : "bad_request", message: status.slice(4) })
        socket.end(
          [`HTTP/1.1 ${status}`, "Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close", ...rawSecureHeaders, "", body].join("\r\n")
        )
      })
      server.on("error", reject)
    } catch (e) {
      reject(e)
    }
  })
}
