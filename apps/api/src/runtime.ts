import type { browseLayer, EventQuery, Ingest, ReaderSql } from "@dashiji/store"
import type { Effect, Layer, ManagedRuntime } from "effect"
import type { RequestFailure } from "./errors.ts"

/** What opening the store can fail with (the layer's errors: StoreError, StoreBusy, a ConfigError). */
export type StoreOpenFailure = Layer.Layer.Error<ReturnType<typeof browseLayer>>

/** The store behind the app: a runtime built once from the store layer (with its connection for the reader's queries), shared by all requests. */
export type StoreRuntime = ManagedRuntime.ManagedRuntime<Ingest | EventQuery | ReaderSql, StoreOpenFailure>

/** Runs a request's effect: its value, or an HttpError (thrown) saying what failed. */
export type Run = <A>(effect: Effect.Effect<A, RequestFailure, Ingest | EventQuery | ReaderSql>) => Promise<A>
