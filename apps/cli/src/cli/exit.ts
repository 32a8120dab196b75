import { oneLine } from "./errors.ts"

/**
 * The one place where a command's end becomes its exit code and its lines on stderr: what a command did
 * (its Outcome) and what it failed with (a UsageError, a Failure, a typed error of the store or the parser,
 * or a bug). Errors are told apart by their tag, not their class: the built command's heavy bundle has its
 * own copy of the classes. Light: `--help` loads this file.
 */

/** What a command reports when it did its work: the documents or pages it could not do, one line each. */
export interface Outcome {
  readonly problems?: ReadonlyArray<string>
  /** Something was not done (a document failed): exit 1, after the work that could be done was. */
  readonly failed?: boolean
}

export interface Ending {
  readonly code: number
  readonly lines: ReadonlyArray<string>
}

const field = (e: unknown, name: string): unknown => (typeof e === "object" && e !== null ? Reflect.get(e, name) : undefined)
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined)

/** DASHIJI_DEBUG=1 (anything but empty or 0): a failure's stack is shown under its line. */
export const debugWanted = (env: NodeJS.ProcessEnv = process.env): boolean => (env["DASHIJI_DEBUG"] ?? "") !== "" && env["DASHIJI_DEBUG"] !== "0"

export const endingOf = (prefix: string, outcome: Outcome | void): Ending => ({
  code: outcome?.failed === true ? 1 : 0,
  lines: (outcome?.problems ?? []).map((p) => `${prefix}: ${p}`)
})

/**
 * A failure → its exit code and one line; the stack only with DASHIJI_DEBUG=1. 2: the command line was
 * wrong (a UsageError, a malformed query); 75 (EX_TEMPFAIL): the store is locked, try again later; a
 * Failure's own code; 1 for any other typed error, and for a bug, said as one.
 */
export const failureEnding = (prefix: string, e: unknown, debug: boolean): Ending => {
  const tag = text(field(e, "_tag"))
  const message = oneLine(text(field(e, "reason")) ?? text(field(e, "message")) ?? String(e))
  const stack = (x: unknown) => (debug ? [text(field(x, "stack")) ?? ""].filter((s) => s !== "") : [])
  switch (tag) {
    case "UsageError":
    case "InvalidQuery":
      return { code: 2, lines: [`${prefix}: ${message}`, ...stack(e)] }
    case "StoreBusy":
      return { code: 75, lines: [`${prefix}: ${message}`, ...stack(e)] }
    case "Failure": {
      const code = field(e, "exitCode")
      const detail = field(e, "detail")
      return { code: typeof code === "number" ? code : 1, lines: [`${prefix}: ${message}`, ...stack(detail instanceof Error ? detail : e)] }
    }
    case undefined:
      return { code: 1, lines: [`${prefix}: ${message}${debug ? "" : " (internal error; DASHIJI_DEBUG=1 shows where)"}`, ...stack(e)] }
    default:
      // a typed error of the store or the parser (StoreError, a document error …): its reason
      return { code: 1, lines: [`${prefix}: ${message}`, ...stack(e)] }
  }
}
