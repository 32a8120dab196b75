/**
 * Everything a command loads to do its work (the store, the parser, the exports), behind one module.
 * The build bundles this file on its own as CommonJS and loads it with a V8 code cache (scripts/build.mjs,
 * cli/cached.ts), so a query does not compile a megabyte of Effect at every start. Keep to
 * `export { … } from "…"` lines: the build reads the names from them.
 */
export { listDocuments, listEvents, listMonths, listPeople, listPlaces } from "./listings.ts"
export { ingestPaths, ingestSummaryLine, newStoreNote } from "./ingest-run.ts"
export { copyStores, migrateStore } from "./copy-run.ts"
export { watchFolder } from "./watch-run.ts"
export { showEvent } from "./show-run.ts"
export { monthReport } from "./report-run.ts"
export { parseToJsonl } from "./work.ts"
export { evaluateGold } from "./eval-run.ts"
export { fetchPages } from "./fetch-run.ts"
