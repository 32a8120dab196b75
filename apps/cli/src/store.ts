import * as SqlClient from "@effect/sql/SqlClient"
import { Knowledge, Segmenter } from "@dashiji/core"
import { type EventQuery, type Ingest, storeClientLayer, storeServices } from "@dashiji/store"
import { Cause, Effect, Exit, Layer, Option } from "effect"
import { Failure } from "./cli/errors.ts"

export { shown, storeToRead, storeToWrite } from "./store-path.ts"

/**
 * The store as the commands run it: its two services (Ingest, EventQuery) with their SQL client, and the parser's services
 * loaded only when used. (Which file, and whether it may be opened, is store-path.ts.)
 */

export type CoreServices = Segmenter | Knowledge

/**
 * jieba and the knowledge files (roster, gazetteer, lexicons) behind the services the store asks for,
 * loaded on first use: listing and querying never touch them (a full-text query loads jieba).
 */
export const lazyCore: Layer.Layer<CoreServices> = Layer.mergeAll(
  Layer.sync(Segmenter, () => {
    let real: Segmenter | undefined
    const get = () => (real ??= Effect.runSync(Effect.provide(Segmenter, Segmenter.Default)))
    return Segmenter.make({ cut: (t) => get().cut(t), cutForSearch: (t) => get().cutForSearch(t), tag: (t) => get().tag(t) })
  }),
  Layer.sync(Knowledge, () => {
    let real: Knowledge | undefined
    const get = () => (real ??= Effect.runSync(Effect.provide(Knowledge, Knowledge.Default)))
    const handler: ProxyHandler<object> = {
      get: (_, k) => (get() as unknown as Record<PropertyKey, unknown>)[k],
      has: (_, k) => k in get(),
      ownKeys: () => Reflect.ownKeys(get()),
      getOwnPropertyDescriptor: (_, k) => {
        const d = Object.getOwnPropertyDescriptor(get(), k)
        return d === undefined ? undefined : { ...d, configurable: true }
      }
    }
    return new Proxy({}, handler) as unknown as Knowledge
  })
)

/** The services with everything loaded now (the parser will need them), and the user's roster if any. */
export const eagerCore = (roster?: string): Layer.Layer<CoreServices, Failure> =>
  Layer.mergeAll(
    Segmenter.Default,
    roster === undefined ? Knowledge.Default : Knowledge.withRoster(roster).pipe(Layer.mapError((e) => new Failure(e.message)))
  )


/** The store service with its SQL client (for the few reads the service has no method for). */
export const storeLayer = <E>(path: string, core: Layer.Layer<CoreServices, E>) => storeServices.pipe(Layer.provideMerge(storeClientLayer(path)), Layer.provideMerge(core))

/** Runs an effect against the store; its typed failure or defect is thrown as it is (cli/exit.ts says it). */
export const runWithStore = async <A, E, E2>(
  path: string,
  effect: Effect.Effect<A, E, Ingest | EventQuery | SqlClient.SqlClient | CoreServices>,
  core: Layer.Layer<CoreServices, E2> = lazyCore as Layer.Layer<CoreServices, never> as Layer.Layer<CoreServices, E2>
): Promise<A> => run(effect.pipe(Effect.provide(storeLayer(path, core))))

/** Runs an effect; its typed failure or defect is thrown as it is, for cli/exit.ts to turn into a line and an exit code. */
export const run = async <A, E>(effect: Effect.Effect<A, E>): Promise<A> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) throw failure.value
  const defect = Cause.dieOption(exit.cause)
  if (Option.isSome(defect)) throw defect.value
  if (Cause.isInterruptedOnly(exit.cause)) throw new Failure("interrupted", 130)
  throw new Error(Cause.pretty(exit.cause))
}

