/**
 * What a command can end with besides success. Plain errors, not Effect ones: they cross the boundary
 * between the command line and the services, and bin.ts turns each into one line on stderr.
 */

/** The command line was wrong (a flag, a value, a path it names): exit 2, nothing was done. */
export class UsageError extends Error {
  readonly _tag = "UsageError"
}

/** The work could not be done (a file, the store): exit 1 unless a command says otherwise. */
export class Failure extends Error {
  readonly _tag = "Failure"
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly detail?: unknown
  ) {
    super(message)
  }
}

/** One line, whatever a library put in its message. */
export const oneLine = (s: string): string =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join("; ")
