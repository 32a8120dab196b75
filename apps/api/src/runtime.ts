import type { EventStore, ReaderSql, StoreError } from "@dashiji/store"
import type { Effect, ManagedRuntime } from "effect"

/** The store behind the app: a runtime built once from the store layer (with its connection for the reader's queries), shared by all requests. */
export type StoreRuntime = ManagedRuntime.ManagedRuntime<EventStore | ReaderSql, StoreError | unknown>

export type Run = <A, E>(effect: Effect.Effect<A, E, EventStore | ReaderSql>) => Promise<A>
