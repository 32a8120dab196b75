import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import vm from "node:vm"

/**
 * Loads a CommonJS bundle through a V8 code cache kept beside it, the way Node 22's module compile cache
 * does (Node 20 has none): the first run compiles it and saves the code V8 made, later runs start from
 * that code instead of parsing the source again. The cache file is named after the bundle's size and
 * time, so a rebuilt bundle never meets an old cache (V8 itself checks only the source's length).
 * Used only by the built command (the build points `heavy.ts` here); a failure to write the cache (a
 * read-only install) costs nothing but the speed.
 */
export const loadCached = (url: string): Record<string, unknown> => {
  const file = fileURLToPath(url)
  const source = readFileSync(file, "utf8")
  const st = statSync(file)
  const tag = `${st.size}-${Math.trunc(st.mtimeMs)}`
  const cacheFile = join(dirname(file), `${basename(file)}.${tag}.cache`)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData })
  const module = { exports: {} as Record<string, unknown> }
  const fn = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // at exit the cache also holds the functions this run compiled, not only the top level
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`
        writeFileSync(tmp, script.createCachedData())
        renameSync(tmp, cacheFile)
        for (const f of readdirSync(dirname(file)))
          if (f.startsWith(`${basename(file)}.`) && f.endsWith(".cache") && f !== basename(cacheFile)) rmSync(join(dirname(file), f), { force: true })
      } catch {
        // no cache this time
      }
    })
  }
  return module.exports
}
