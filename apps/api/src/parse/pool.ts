import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { ParsedDocument } from "@dashiji/core"
import { Effect } from "effect"
import type { ParseReply, ParseRequest } from "./worker.ts"

/** Every worker is parsing and the queue is full: try again later (503). */
export class PoolBusy extends Error {
  readonly _tag = "PoolBusy"
}

/** The document was not parsed before its deadline; the worker doing it was stopped (504). */
export class ParseDeadline extends Error {
  readonly _tag = "ParseDeadline"
}

/** A worker died while parsing (500); the pool starts another. */
export class ParseCrashed extends Error {
  readonly _tag = "ParseCrashed"
}

/** Workers cannot start here (a bundle without the worker's files): the caller parses by itself. */
export class PoolUnavailable extends Error {
  readonly _tag = "PoolUnavailable"
}

export type PoolFailure = PoolBusy | ParseDeadline | ParseCrashed | PoolUnavailable
const isPoolFailure = (e: unknown): e is PoolFailure => e instanceof PoolBusy || e instanceof ParseDeadline || e instanceof ParseCrashed || e instanceof PoolUnavailable

/** Workers that died before they were ready, one after another, before the pool stops starting them. */
const START_FAILURES = 3

export type ParseOutcome =
  | { readonly ok: true; readonly parsed: ParsedDocument }
  | { readonly ok: false; readonly tag: string; readonly reason: string }

export interface ParsePoolOptions {
  /** Worker threads (default: one less than the cores, at least 1, at most 4). */
  readonly size?: number
  /** Documents waiting for a worker before new ones are refused (default 8). */
  readonly queue?: number
  /** The worker's entry (default: worker-boot.mjs beside this file). */
  readonly boot?: URL
}

interface Task {
  readonly request: Omit<ParseRequest, "id">
  readonly resolve: (o: ParseOutcome) => void
  readonly reject: (e: Error) => void
  timer?: NodeJS.Timeout
  /** Set when its request was answered past the deadline while it ran: its worker is stopped at `kill`. */
  kill?: NodeJS.Timeout
  slot?: Slot
  started?: number
}

/**
 * A document past its deadline is answered at once, but the worker parsing it is stopped only once it
 * has had this long: a document that reached a worker just before its deadline (one that waited in the
 * queue while a worker started) would otherwise cost a worker restart, over and over.
 */
const GRACE_MS = 1000

interface Slot {
  worker: Worker
  ready: boolean
  task?: Task
  id: number
}

/** Set by the CLI's bundle (apps/cli/scripts/build.mjs): the URL of the bundle's chunk running this code. */
declare const __dashijiChunkUrl: string | undefined

/**
 * The worker's entry: in the CLI's bundle, the worker bundled beside it (dist/parse-worker.mjs); from
 * source, worker-boot.mjs, which loads the TypeScript worker (through tsx).
 */
const boot = typeof __dashijiChunkUrl === "string" ? new URL("./parse-worker.mjs", __dashijiChunkUrl) : new URL("./worker-boot.mjs", import.meta.url)

/**
 * Parsing off the event loop: a fixed set of worker threads, each with the parser's services loaded
 * once, and a bounded queue. Each document has a deadline counted from when it is asked for; when it
 * passes, the document is answered (ParseDeadline), a queued one is dropped and a running one's worker is
 * terminated (synchronous parsing cannot be interrupted any other way) and replaced, once it has run
 * GRACE_MS; so one hostile document never holds a worker past max(deadline, GRACE_MS), nor ever the
 * server's event loop.
 */
export class ParsePool {
  private readonly slots: Array<Slot> = []
  private readonly waiting: Array<Task> = []
  private readonly queueLimit: number
  private nextId = 1
  private closed = false
  /** Workers stopped and replaced (past a deadline, or crashed). */
  restarts = 0
  /** Set when workers cannot start: every parse is refused with PoolUnavailable. */
  unavailable = false
  private startFailures = 0

  constructor(options: ParsePoolOptions = {}) {
    const size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1))
    this.queueLimit = options.queue ?? 8
    this.boot = options.boot ?? boot
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private readonly boot: URL

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.boot), ready: false, id: 0 }
    slot.worker.on("message", (reply: ParseReply) => {
      if (reply.ok === "ready") {
        slot.ready = true
        this.startFailures = 0
        this.pump()
        return
      }
      const task = slot.task
      if (task === undefined || reply.id !== slot.id) return
      this.finish(slot, task)
      task.resolve(reply.ok ? { ok: true, parsed: reply.parsed } : { ok: false, tag: reply.tag, reason: reply.reason })
    })
    slot.worker.on("error", () => this.replace(slot, new ParseCrashed("the parser failed on this document")))
    slot.worker.on("exit", () => this.replace(slot, new ParseCrashed("the parser stopped on this document")))
    // an idle worker must not keep the process alive
    slot.worker.unref()
    return slot
  }

  /** Ends a slot's worker (its task, if any, fails with `error`) and starts another in its place. */
  private replace(slot: Slot, error: Error) {
    const i = this.slots.indexOf(slot)
    if (i < 0) return
    const task = slot.task
    if (task !== undefined) {
      this.finish(slot, task)
      task.reject(error)
    }
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    this.restarts++
    // a worker that dies before it is ready will die again: after a few, stop (no restart loop)
    if (!slot.ready && task === undefined && ++this.startFailures >= START_FAILURES) {
      this.unavailable = true
      process.stderr.write("dashiji: parser threads cannot start here; documents are parsed on the main thread\n")
      for (const t of this.waiting.splice(0)) {
        clearTimeout(t.timer)
        t.reject(new PoolUnavailable("parser threads cannot start"))
      }
    }
    if (this.closed || this.unavailable) this.slots.splice(i, 1)
    else this.slots[i] = this.spawn()
  }

  private finish(slot: Slot, task: Task) {
    clearTimeout(task.timer)
    clearTimeout(task.kill)
    slot.task = undefined
    task.slot = undefined
    queueMicrotask(() => this.pump())
  }

  private pump() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task !== undefined) continue
      const task = this.waiting.shift()
      if (task === undefined) return
      slot.task = task
      task.slot = slot
      task.started = Date.now()
      slot.id = this.nextId++
      const bytes = task.request.bytes.slice()
      slot.worker.postMessage({ ...task.request, bytes, id: slot.id } satisfies ParseRequest, [bytes.buffer])
    }
  }

  /** Parses one document in a worker, within `deadlineMs` from now. */
  parse(request: Omit<ParseRequest, "id">, deadlineMs: number): Promise<ParseOutcome> {
    if (this.unavailable) return Promise.reject(new PoolUnavailable("parser threads cannot start"))
    if (this.closed) return Promise.reject(new PoolBusy("the server is closing"))
    const idle = this.slots.filter((s) => s.task === undefined).length
    if (this.waiting.length >= this.queueLimit + idle) return Promise.reject(new PoolBusy("every parser is busy"))
    return new Promise<ParseOutcome>((resolve, reject) => {
      const task: Task = { request, resolve, reject }
      task.timer = setTimeout(() => {
        const slot = task.slot
        if (slot !== undefined) {
          reject(new ParseDeadline(`not parsed within ${deadlineMs} ms`))
          const rest = GRACE_MS - (Date.now() - (task.started ?? 0))
          if (rest <= 0) this.replace(slot, new ParseDeadline(`not parsed within ${deadlineMs} ms`))
          else task.kill = setTimeout(() => slot.task === task && this.replace(slot, new ParseDeadline(`not parsed within ${deadlineMs} ms`)), rest)
        } else {
          const i = this.waiting.indexOf(task)
          if (i >= 0) this.waiting.splice(i, 1)
          reject(new ParseDeadline(`not parsed within ${deadlineMs} ms`))
        }
      }, deadlineMs)
      this.waiting.push(task)
      this.pump()
    })
  }

  /** `parse` as an effect that fails with why no outcome came: PoolUnavailable, PoolBusy, ParseDeadline or ParseCrashed. */
  parseEffect(request: Omit<ParseRequest, "id">, deadlineMs: number): Effect.Effect<ParseOutcome, PoolFailure> {
    return Effect.tryPromise({ try: () => this.parse(request, deadlineMs), catch: (e) => (isPoolFailure(e) ? e : new ParseCrashed(String(e))) })
  }

  /** Stops every worker; documents still waiting or parsing fail. */
  async close(): Promise<void> {
    this.closed = true
    for (const t of this.waiting.splice(0)) {
      clearTimeout(t.timer)
      t.reject(new PoolBusy("the server is closing"))
    }
    const workers = this.slots.map((s) => s.worker)
    for (const s of [...this.slots]) {
      const task = s.task
      if (task !== undefined) {
        clearTimeout(task.timer)
        task.reject(new PoolBusy("the server is closing"))
      }
      s.worker.removeAllListeners()
    }
    this.slots.splice(0)
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
