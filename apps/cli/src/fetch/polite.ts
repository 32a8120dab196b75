import { Either } from "effect"
import type { FetchError } from "./errors.ts"
import { Retryable } from "./http.ts"

export interface Politeness {
  /** Least time between the starts of two requests to one host, in ms (robots.txt's Crawl-delay may raise it). */
  readonly delayMs: number
  /** Requests in flight at once, all hosts together. */
  readonly concurrency: number
  /** Requests in flight at once to one host. */
  readonly perHost: number
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** A request waiting its turn; `wake` is set while it sleeps. */
interface Ticket {
  wake: (() => void) | null
}

/**
 * Who may send a request now: at most `concurrency` at once, `perHost` per host, and each host's requests
 * started at least its delay apart, in the order they were asked for. Requests to one host wait in its
 * line; when a request ends only the head of each line looks again, so a long list costs no herd of
 * wake-ups.
 */
export class Scheduler {
  private active = 0
  private readonly hosts = new Map<string, { active: number; nextAt: number; delayMs: number; line: Array<Ticket> }>()

  constructor(private readonly p: Politeness) {}

  private host(h: string) {
    let s = this.hosts.get(h)
    if (s === undefined) this.hosts.set(h, (s = { active: 0, nextAt: 0, delayMs: this.p.delayMs, line: [] }))
    return s
  }

  /** The site's own Crawl-delay, when it asks for more than ours (capped at a minute). */
  slowDown(h: string, ms: number): void {
    const s = this.host(h)
    s.delayMs = Math.max(s.delayMs, Math.min(ms, 60_000))
  }

  /** Each line's head looks again. */
  private nudge(): void {
    for (const s of this.hosts.values()) {
      const head = s.line[0]
      if (head?.wake) {
        const wake = head.wake
        head.wake = null
        wake()
      }
    }
  }

  async run<A>(h: string, task: () => Promise<A>): Promise<A> {
    const s = this.host(h)
    const me: Ticket = { wake: null }
    s.line.push(me)
    for (;;) {
      if (s.line[0] === me && this.active < this.p.concurrency && s.active < this.p.perHost) {
        const wait = s.nextAt - Date.now()
        if (wait <= 0) break
        await sleep(wait)
        continue
      }
      await new Promise<void>((r) => (me.wake = r))
    }
    s.line.shift()
    this.active++
    s.active++
    s.nextAt = Date.now() + s.delayMs
    // the next in this host's line may go too (perHost > 1), after the delay
    this.nudge()
    try {
      return await task()
    } finally {
      this.active--
      s.active--
      this.nudge()
    }
  }
}

export interface RetryPolicy {
  /** Attempts after the first. */
  readonly retries: number
  /** The first wait; each next one doubles (with jitter), or what the server's Retry-After says, capped at 60 s. */
  readonly backoffMs: number
}

/** Runs `attempt` until it answers or fails for good; a Retryable failure is tried again after a backoff. */
export const withRetries = async <A>(policy: RetryPolicy, attempt: () => Promise<Either.Either<A, FetchError | Retryable>>): Promise<Either.Either<A, FetchError>> => {
  for (let n = 0; ; n++) {
    const r = await attempt()
    if (Either.isRight(r)) return Either.right(r.right)
    const failure = r.left
    if (!(failure instanceof Retryable)) return Either.left(failure)
    if (n >= policy.retries) return Either.left(failure.error)
    const backoff = policy.backoffMs * 2 ** n * (0.5 + Math.random() / 2)
    await sleep(Math.min(60_000, failure.retryAfterMs ?? backoff))
  }
}
