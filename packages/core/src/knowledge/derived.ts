/**
 * `make(key)`, computed once per key object and kept as long as the key lives: tables the extractors
 * derive from the loaded knowledge (tries, char tables, indexes) and values derived from immutable records.
 */
export const derivedFrom = <K extends object, V>(make: (key: K) => V): ((key: K) => V) => {
  const cache = new WeakMap<K, V>()
  return (key) => {
    let v = cache.get(key)
    if (v === undefined) {
      v = make(key)
      cache.set(key, v)
    }
    return v
  }
}
