// Entry of a parse worker thread, when the server runs from source. Under `tsx` the parent's loader
// usually reaches the worker through the flags it inherits — not always (Node 20 does not apply tsx's
// --import hooks in a worker), and not under a test runner that transforms its own modules. An empty
// TypeScript module tells (a failed import is remembered, so the worker itself is not the probe); without
// a loader, tsx's is registered here first.
try {
  await import("./loader-probe.ts")
} catch {
  const { register } = await import("tsx/esm/api")
  register()
}
await import("./worker.ts")
