// Entry of a parse worker thread. Workers inherit the parent's loader flags, so under `tsx` the
// TypeScript source loads as it is; elsewhere (a test runner that transforms its own modules) tsx's
// loader is registered here first.
if (!process.execArgv.some((a) => a.includes("tsx"))) {
  const { register } = await import("tsx/esm/api")
  register()
}
await import("./worker.ts")
