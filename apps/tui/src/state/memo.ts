/**
 * Memoised derived lists. The state is immutable, so a sorted or narrowed list is keyed by the array it
 * came from (a WeakMap: it lives exactly as long as that array, never longer) and by the option that
 * shaped it; a redraw or a key that changes nothing else reuses it instead of sorting 37,000 names again.
 */
export type Memo<K extends object, V> = WeakMap<K, Map<string, V>>

export const memo = <K extends object, V>(): Memo<K, V> => new WeakMap<K, Map<string, V>>()

export const cached = <K extends object, V>(m: Memo<K, V>, key: K, sub: string, f: () => V): V => {
  let inner = m.get(key)
  if (inner === undefined) m.set(key, (inner = new Map()))
  const hit = inner.get(sub)
  if (hit !== undefined) return hit
  const v = f()
  inner.set(sub, v)
  return v
}
