/**
 * Reading back what the command line checked (spec.ts), with its type: an option's checks (values.ts) made
 * its value a number, a string, a flag or a list of them, and a command reads it here instead of asserting
 * the type with a cast. A value of another type means a command's spec and its code disagree: a bug, which
 * cli/exit.ts reports as an internal error, not as the user's mistake.
 */

export type Values = Readonly<Record<string, unknown>>

const wrong = (name: string, wanted: string, v: unknown): never => {
  throw new Error(`${name} holds ${JSON.stringify(v)}, not ${wanted}: the command's spec and its code disagree`)
}

export const readText = (v: Values, name: string): string | undefined => {
  const x = v[name]
  return x === undefined || typeof x === "string" ? x : wrong(name, "text", x)
}

export const readNumber = (v: Values, name: string): number | undefined => {
  const x = v[name]
  return x === undefined || typeof x === "number" ? x : wrong(name, "a number", x)
}

export const readFlag = (v: Values, name: string): boolean | undefined => {
  const x = v[name]
  return x === undefined || typeof x === "boolean" ? x : wrong(name, "a flag", x)
}

/** A repeatable option or a variadic argument: its values in the order given. */
export const readTexts = (v: Values, name: string): ReadonlyArray<string> | undefined => {
  const x = v[name]
  if (x === undefined) return undefined
  return Array.isArray(x) && x.every((e) => typeof e === "string") ? x : wrong(name, "a list of texts", x)
}

/** A value checked against a list (values.ts `choice`), with the list's type. */
export const readMember = <const A extends string>(v: Values, name: string, among: ReadonlyArray<A>): A | undefined => {
  const x = v[name]
  if (x === undefined) return undefined
  const found = among.find((a) => a === x)
  return found ?? wrong(name, `one of ${among.join(", ")}`, x)
}

/** A required argument (spec.ts has already said so to the user when it was missing). */
export const requireText = (v: Values, name: string): string => readText(v, name) ?? wrong(name, "text", undefined)
export const requireTexts = (v: Values, name: string): ReadonlyArray<string> => readTexts(v, name) ?? wrong(name, "a list of texts", undefined)
