import type { EventStore, StoreError } from "@dashiji/store"
import type { Effect, ManagedRuntime } from "effect"

/** The store behind the app: a runtime built once from the store layer, shared by all requests. */
export type StoreRuntime = ManagedRuntime.ManagedRuntime<EventStore, StoreError | unknown>

export type Run = <A, E>(effect: Effect.Effect<A, E, EventStore>) => Promise<A>
