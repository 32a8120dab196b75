export { makeApp, type AppOptions } from "./app.ts"
export { startServer, checkExposure, type ServeOptions, type RunningServer } from "./server.ts"
export { openApiDocument } from "./openapi.ts"
export type { StoreRuntime } from "./runtime.ts"
