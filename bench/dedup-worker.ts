import { parentPort, workerData } from "node:worker_threads"
import type { ExtractedMention } from "@dashiji/core"
import { timeDedup } from "./dedup.ts"

// One dedup run on a fresh heap (see benchDedup).
const { base, n } = workerData as { base: Array<ExtractedMention>; n: number }
parentPort?.postMessage(timeDedup(base, n))
