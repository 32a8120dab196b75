import type { CommandSpec, OptionSpec } from "./spec.ts"
import { HELP } from "./spec.ts"
import { padEnd, type Style, width } from "./style.ts"

const optionLabel = (o: OptionSpec): string => {
  const long = o.negatable ? `--[no-]${o.name}` : `--${o.name}`
  const names = o.short === undefined ? `    ${long}` : `-${o.short}, ${long}`
  return o.value === undefined ? names : `${names} ${o.value}`
}

const argLabel = (a: { name: string; required?: boolean; variadic?: boolean }) => {
  const n = a.variadic ? `${a.name}…` : a.name
  return a.required ? n : `[${n}]`
}

/** Two columns, the second wrapped under itself when the first is long. */
const columns = (rows: ReadonlyArray<readonly [string, string]>, style: Style, left = (s: string) => s): string => {
  const w = Math.min(32, Math.max(...rows.map(([a]) => width(a))))
  return rows.map(([a, b]) => (width(a) > w ? `  ${left(a)}\n  ${" ".repeat(w)}  ${b}` : `  ${left(padEnd(a, w))}  ${b}`)).join("\n")
}

export const commandHelp = (spec: CommandSpec, style: Style): string => {
  const usage = `dashiji ${spec.name}${spec.args.map((a) => ` ${argLabel(a)}`).join("")}${spec.options.length > 0 ? " [options]" : ""}`
  const parts = [`${style.bold(`dashiji ${spec.name}`)} — ${spec.summary}`, `${style.bold("Usage:")} ${usage}`]
  if (spec.args.length > 0) parts.push(`${style.bold("Arguments:")}\n${columns(spec.args.map((a) => [a.name, a.description] as const), style)}`)
  parts.push(`${style.bold("Options:")}\n${columns([...spec.options, HELP].map((o) => [optionLabel(o), o.description] as const), style)}`)
  if (spec.notes !== undefined && spec.notes.length > 0) parts.push(spec.notes.join("\n"))
  if (spec.examples.length > 0) parts.push(`${style.bold("Examples:")}\n${spec.examples.map(([cmd, what]) => `  ${style.accent(cmd)}\n      ${what}`).join("\n")}`)
  return `${parts.join("\n\n")}\n`
}

export const rootHelp = (commands: ReadonlyArray<CommandSpec>, version: string, style: Style): string => {
  const list = columns(
    commands.map((c) => [`${c.name}${c.args.filter((a) => a.required).map((a) => ` ${argLabel(a)}`).join("")}`, c.summary] as const),
    style,
    style.accent
  )
  return `${[
    `${style.bold("dashiji")} ${version} — Chinese government news → a deduplicated chronicle of dated events (大事记)`,
    `${style.bold("Usage:")} dashiji <command> [options]`,
    `${style.bold("Commands:")}\n${list}`,
    `${style.bold("Options:")}\n${columns(
      [
        ["-h, --help", "this help; dashiji <command> --help for a command's options and examples"],
        ["-V, --version", "print the version"]
      ],
      style
    )}`,
    `${style.bold("Examples:")}\n${[
      ["dashiji start", "ingest seeds/ into the store and open the terminal browser"],
      ["dashiji ingest news/", "parse a folder of documents into the store"],
      ["dashiji events --month 2020-02", "February 2020's events, one line each"],
      ["dashiji events -q 疫情防控 --format csv -o out.csv", "a full-text search saved for Excel"],
      ["dashiji show ev_5c1f", "one event with its sources"],
      ["dashiji report 2020-02 -o 2020-02.md", "the month's chronicle as Markdown"]
    ]
      .map(([c, d]) => `  ${style.accent(c!)}\n      ${d}`)
      .join("\n")}`,
    "The store is --db FILE, else $DASHIJI_DB, else data/dashiji.db. Exit codes: 0 done, 1 failed, 2 wrong command line.\nDASHIJI_DEBUG=1 adds stack traces to errors; NO_COLOR=1 turns colour off."
  ].join("\n\n")}\n`
}
