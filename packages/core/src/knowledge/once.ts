/**
 * `make()`, computed on the first call and returned on every later one: a bundled data file read and parsed
 * once per process, on first use (most runs need only some of them). The data never changes while the
 * process runs, so nothing derived from it can go stale; tables derived from a Knowledge value that may be
 * replaced are kept with `derivedFrom` instead.
 */
export const once = <V>(make: () => V): (() => V) => {
  let made: { readonly value: V } | undefined
  return () => (made ??= { value: make() }).value
}
