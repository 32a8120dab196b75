import type { Outcome } from "./exit.ts"
import { UsageError } from "./errors.ts"
import { didYouMean } from "./suggest.ts"
import type { Check } from "./values.ts"

/**
 * A command is data (its arguments, options and examples, enough for help and checks) and a `run` that
 * loads what the command needs only when it runs: `dashiji --help` loads no store, parser or jieba.
 */

export interface OptionSpec {
  /** The long name, without dashes: `month` for `--month`. */
  readonly name: string
  /** One letter: `q` for `-q`. */
  readonly short?: string
  /** What the value looks like (`YYYY-MM`); an option without one is a flag. */
  readonly value?: string
  readonly description: string
  readonly check?: Check<unknown>
  /** May be given several times; the values are collected in order. */
  readonly repeatable?: boolean
  /** A flag that `--no-NAME` turns off (its value is then false; absent, undefined). */
  readonly negatable?: boolean
}

export interface ArgSpec {
  readonly name: string
  readonly description: string
  readonly required?: boolean
  /** Takes every remaining argument. */
  readonly variadic?: boolean
  readonly check?: Check<unknown>
  /** How checks name the argument ("the month"); none for paths, whose messages name the path. */
  readonly label?: string
}

export interface Parsed {
  /** The checked positional arguments; a variadic one is an array. */
  readonly args: Record<string, unknown>
  /** The checked options by long name; flags are true, false (`--no-…`) or absent. */
  readonly options: Record<string, unknown>
}

export interface CommandSpec {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  readonly args: ReadonlyArray<ArgSpec>
  readonly options: ReadonlyArray<OptionSpec>
  /** Command lines with what each does. */
  readonly examples: ReadonlyArray<readonly [string, string]>
  /** Paragraphs after the options (formats, defaults). */
  readonly notes?: ReadonlyArray<string>
  /** Does the work; its Outcome (documents that failed) and its failures become the exit code in cli/exit.ts. */
  readonly run: (input: Parsed) => Promise<Outcome | void>
}

export const HELP: OptionSpec = { name: "help", short: "h", description: "show this help" }

const flagName = (o: OptionSpec) => `--${o.name}`

/** argv (after the command name) → checked arguments and options, or a UsageError naming what is wrong. */
export const parseCommandLine = (spec: CommandSpec, argv: ReadonlyArray<string>): Parsed | "help" => {
  const options: Record<string, unknown> = {}
  const positionals: Array<string> = []
  const byName = new Map(spec.options.map((o) => [o.name, o]))
  const byShort = new Map(spec.options.filter((o) => o.short !== undefined).map((o) => [o.short!, o]))
  const known = [...spec.options.map(flagName), ...spec.options.filter((o) => o.negatable).map((o) => `--no-${o.name}`), "--help"]

  const set = (o: OptionSpec, typed: string, raw: string | boolean) => {
    const value = typeof raw === "boolean" ? raw : o.check === undefined ? raw : o.check(raw, typed)
    if (o.repeatable) options[o.name] = [...((options[o.name] as Array<unknown> | undefined) ?? []), value]
    else options[o.name] = value
  }
  /** The value of an option that needs one: `--x=v`, `--x v`, `-xv` or `-x v`. */
  const valueOf = (o: OptionSpec, typed: string, inline: string | undefined, i: number): [string, number] => {
    if (inline !== undefined) return [inline, i]
    const next = argv[i + 1]
    const isOption = next !== undefined && next.startsWith("-") && next.length > 1 && (known.includes(next.split("=")[0]!) || /^-[A-Za-z]$/.test(next))
    if (next === undefined || isOption) throw new UsageError(`${typed} needs a value: ${o.value}${o.check === undefined ? "" : ` (${o.description})`}`)
    return [next, i + 1]
  }

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === "--") {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=")
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq)
      const inline = eq < 0 ? undefined : a.slice(eq + 1)
      const typed = `--${name}`
      if (name === "help") return "help"
      let o = byName.get(name)
      if (o === undefined && name.startsWith("no-")) {
        const base = byName.get(name.slice(3))
        if (base?.negatable) {
          if (inline !== undefined) throw new UsageError(`${typed} takes no value`)
          set(base, typed, false)
          continue
        }
      }
      if (o === undefined) throw new UsageError(`unknown option ${typed}${didYouMean(typed, known)}`)
      if (o.value === undefined) {
        if (inline !== undefined) throw new UsageError(`${typed} takes no value (got ${JSON.stringify(a)})`)
        set(o, typed, true)
        continue
      }
      const [v, j] = valueOf(o, typed, inline, i)
      i = j
      set(o, typed, v)
      continue
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      const letter = a[1]!
      const typed = `-${letter}`
      if (letter === "h") return "help"
      const o = byShort.get(letter)
      if (o === undefined) throw new UsageError(`unknown option ${a}${didYouMean(a.length > 2 ? `-${a.slice(1)}` : a, known)}`)
      if (o.value === undefined) {
        if (a.length > 2) throw new UsageError(`${typed} takes no value (got ${JSON.stringify(a)})`)
        set(o, typed, true)
        continue
      }
      const [v, j] = valueOf(o, typed, a.length > 2 ? a.slice(2) : undefined, i)
      i = j
      set(o, typed, v)
      continue
    }
    positionals.push(a)
  }

  const args: Record<string, unknown> = {}
  let k = 0
  for (const s of spec.args) {
    if (s.variadic) {
      const rest = positionals.slice(k)
      k = positionals.length
      if (s.required && rest.length === 0) throw new UsageError(`missing ${s.name}: ${s.description}`)
      args[s.name] = rest.map((r) => (s.check === undefined ? r : s.check(r, s.label ?? "")))
      continue
    }
    const r = positionals[k]
    if (r === undefined) {
      if (s.required) throw new UsageError(`missing ${s.name}: ${s.description}`)
      continue
    }
    k++
    args[s.name] = s.check === undefined ? r : s.check(r, s.label ?? "")
  }
  if (k < positionals.length) {
    const extra = positionals[k]!
    throw new UsageError(spec.args.length === 0 ? `takes no arguments (got ${JSON.stringify(extra)})` : `unexpected argument ${JSON.stringify(extra)}`)
  }
  return { args, options }
}
