// Bundles apps/cli/src/bin.ts and everything it reaches (the workspace's TypeScript and the JavaScript of
// its dependencies) into apps/cli/dist/, so that `dashiji` starts without compiling TypeScript.
// Run by bin/dashiji.mjs whenever a source is newer than the bundle, or by hand: `node scripts/build.mjs`.
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, extname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
export const appDir = resolve(here, "..")
export const repoRoot = resolve(appDir, "../..")
export const distDir = join(appDir, "dist")
export const entryFile = join(distDir, "dashiji.mjs")
/** Written last: which workspace files went into the bundle, and when the build started reading them. */
export const manifestFile = join(distDir, "inputs.json")
/** The API's parse worker thread, bundled on its own (a worker starts from a file, not from a chunk). */
export const parseWorkerFile = join(distDir, "parse-worker.mjs")

/**
 * Native addons stay outside the bundle (loaded from node_modules at run time). Every external must be a
 * dependency of apps/cli, since the bundle resolves it from apps/cli/dist.
 */
const external = ["better-sqlite3", "nodejieba"]

/**
 * Libraries that listing and querying do not need: the parser's (pinyin, legacy encodings, traditional
 * characters) and the property-testing library effect's Schema refers to. They stay out of the bundle and
 * load from node_modules on first use, so `dashiji events` neither parses nor runs their code.
 */
const lazyPackages = ["pinyin-pro", "iconv-lite", "opencc-js/core", "opencc-js/preset/t2cn", "fast-check"]

const posix = (p) => p.split(sep).join("/")

/**
 * Workspace sources find their data files and their dependencies through `import.meta.url`; in the
 * bundle that would be the chunk's URL, so each source gets its own original location back (relative
 * to dist/, so a moved checkout still works).
 */
export const sourceUrlPlugin = {
  name: "source-url",
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|mts)$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined
      const text = readFileSync(args.path, "utf8")
      const loader = extname(args.path) === ".tsx" ? "tsx" : "ts"
      if (!text.includes("import.meta.url")) return { contents: text, loader }
      const rel = posix(relative(distDir, args.path))
      // in the CommonJS bundle, the banner's __dashijiUrl stands for import.meta.url
      const here = build.initialOptions.format === "cjs" ? "__dashijiUrl" : "import.meta.url"
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, ${here}).href`), loader }
    })
  }
}

/**
 * A stand-in module per lazy package: each export is a proxy that requires the real package (from where
 * the importing file would have found it) on first call, construction or property access.
 */
export const lazyPlugin = {
  name: "lazy-packages",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!lazyPackages.includes(args.path)) return undefined
      return { path: args.path, namespace: "lazy", pluginData: { resolveDir: args.resolveDir } }
    })
    build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => {
      const dir = args.pluginData.resolveDir
      // the exports as require() sees them: the module is required at run time too
      const real = createRequire(join(dir, "x.js"))(args.path)
      const from = posix(relative(distDir, join(dir, "x.js")))
      const cjs = build.initialOptions.format === "cjs"
      const lines = [
        cjs ? 'const { createRequire } = require("node:module");' : 'import { createRequire } from "node:module";',
        `const req = createRequire(new URL(${JSON.stringify(from)}, ${cjs ? "__dashijiUrl" : "import.meta.url"}));`,
        `let m; const load = () => (m ??= req(${JSON.stringify(args.path)}));`,
        "const value = (name) => (name === null ? load() : load()[name]);",
        "const obj = (name) => new Proxy({}, { get: (_, k) => value(name)[k], has: (_, k) => k in value(name), ownKeys: () => Reflect.ownKeys(value(name)), getOwnPropertyDescriptor: (_, k) => { const d = Object.getOwnPropertyDescriptor(value(name), k); return d && { ...d, configurable: true } } });",
        "const fn = (name) => new Proxy(function () {}, { apply: (_, self, a) => Reflect.apply(value(name), self, a), construct: (_, a, t) => Reflect.construct(value(name), a, t), get: (_, k) => value(name)[k], has: (_, k) => k in value(name) });",
        `export default ${typeof real === "function" ? "fn(null)" : "obj(null)"};`
      ]
      // functions and objects can wait for their first use; other values are left out (esbuild refuses the
      // build if a source imports one by name)
      for (const [name, v] of Object.entries(real)) {
        if (name === "default" || !/^[A-Za-z_$][\w$]*$/.test(name)) continue
        if (typeof v === "function") lines.push(`export const ${name} = fn(${JSON.stringify(name)});`)
        else if (typeof v === "object" && v !== null) lines.push(`export const ${name} = obj(${JSON.stringify(name)});`)
      }
      return { contents: lines.join("\n"), loader: "js", resolveDir: dir }
    })
  }
}

/** Ink's optional devtools bridge is only imported when DEV=true; the package is not installed. */
export const stubPlugin = {
  name: "stubs",
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }))
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default { initialize() {}, connectToDevTools() {} }", loader: "js" }))
  }
}

/** Removes outputs of earlier builds that nothing refers to now (kept an hour for processes still running). */
const pruneOutputs = (keep) => {
  const hourAgo = Date.now() - 3600_000
  for (const f of readdirSync(distDir)) {
    if (!/^(chunk|heavy)-/.test(f) || keep.has(f)) continue
    const p = join(distDir, f)
    if (statSync(p).mtimeMs < hourAgo) rmSync(p, { force: true })
  }
}

const heavySource = join(appDir, "src/heavy.ts")

/** The names heavy.ts exports (it holds only `export { a, b } from "…"` lines, comments aside). */
const heavyExports = () => {
  const text = readFileSync(heavySource, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "")
  const names = []
  for (const line of text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0)) {
    const m = /^export \{([^}]*)\} from "[^"]+"$/.exec(line)
    if (m === null) throw new Error(`src/heavy.ts: only \`export { … } from "…"\` lines are understood, not: ${line}`)
    for (const part of m[1].split(",").map((x) => x.trim()).filter((x) => x.length > 0)) names.push(part.split(/\s+as\s+/).pop())
  }
  return names
}

/**
 * In the ESM build, `import("…/heavy.ts")` becomes a module that loads the CommonJS bundle of heavy.ts
 * through the code cache (src/cli/cached.ts) and hands on its exports.
 */
const heavyFacadePlugin = (cjsName) => ({
  name: "heavy-facade",
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])heavy\.ts$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path)
      return target === heavySource ? { path: target, namespace: "heavy" } : undefined
    })
    build.onLoad({ filter: /.*/, namespace: "heavy" }, () => {
      const names = heavyExports()
      return {
        contents: [
          `import { loadCached } from ${JSON.stringify(join(appDir, "src/cli/cached.ts"))};`,
          `const m = loadCached(new URL(${JSON.stringify(`./${cjsName}`)}, import.meta.url).href);`,
          ...names.map((n) => `export const ${n} = m[${JSON.stringify(n)}];`)
        ].join("\n"),
        loader: "js",
        resolveDir: join(appDir, "src")
      }
    })
  }
})

const common = {
  absWorkingDir: appDir,
  bundle: true,
  platform: "node",
  target: "node20",
  external,
  write: false,
  metafile: true,
  legalComments: "none",
  minify: true,
  logLevel: "silent"
}

/** Writes a file under a temporary name and renames it into place (readers see the old or the new one). */
const place = (path, contents) => {
  const tmp = `${path}.tmp-${process.pid}`
  writeFileSync(tmp, contents)
  renameSync(tmp, path)
}

/**
 * Builds dist/: heavy-HASH.cjs (the store, parser and exports, loaded through a code cache), then the
 * ESM entry dashiji.mjs with its chunks (commands, help, the browser, the API). Returns the milliseconds
 * it took. Safe to run in two processes at once: outputs are named by content or renamed into place.
 */
export const build = async () => {
  const started = Date.now()
  const esbuild = await import("esbuild")
  mkdirSync(distDir, { recursive: true })
  const heavy = await esbuild.build({
    ...common,
    entryPoints: [heavySource],
    format: "cjs",
    outfile: join(distDir, "heavy.cjs"),
    // every dynamic import() becomes require(): the bundle runs as a plain script (vm.Script)
    supported: { "dynamic-import": false },
    external: [...external, "exceljs"],
    banner: { js: 'const __dashijiUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [sourceUrlPlugin, lazyPlugin]
  })
  const heavyBytes = heavy.outputFiles[0].contents
  const cjsName = `heavy-${createHash("sha256").update(heavyBytes).digest("hex").slice(0, 12)}.cjs`
  place(join(distDir, cjsName), heavyBytes)
  const result = await esbuild.build({
    ...common,
    entryPoints: { dashiji: join(appDir, "src/bin.ts") },
    splitting: true,
    format: "esm",
    outdir: distDir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    // bundled CommonJS calls require() for Node's own modules; __dashijiChunkUrl tells the API's parse
    // pool where the bundle is (sources see their own location as import.meta.url), so it starts
    // parse-worker.mjs from here rather than the TypeScript worker, which needs tsx
    banner: {
      js: 'import { createRequire as __dashijiRequire } from "node:module"; const require = __dashijiRequire(import.meta.url); const __dashijiChunkUrl = import.meta.url;'
    },
    plugins: [heavyFacadePlugin(cjsName), sourceUrlPlugin, lazyPlugin, stubPlugin]
  })
  const worker = await esbuild.build({
    ...common,
    entryPoints: [join(repoRoot, "apps/api/src/parse/worker.ts")],
    format: "esm",
    outfile: parseWorkerFile,
    banner: { js: 'import { createRequire as __dashijiRequire } from "node:module"; const require = __dashijiRequire(import.meta.url);' },
    plugins: [sourceUrlPlugin, lazyPlugin, stubPlugin]
  })
  place(parseWorkerFile, worker.outputFiles[0].contents)
  // chunks are named by their content, so writing one that exists changes nothing; the entry and the
  // manifest go last, so a process starting meanwhile runs the old build or the new one
  const names = new Set([cjsName])
  let entry = null
  for (const f of result.outputFiles) {
    names.add(posix(relative(distDir, f.path)))
    if (f.path === entryFile) entry = f
    else place(f.path, f.contents)
  }
  if (entry === null) throw new Error("esbuild wrote no dist/dashiji.mjs")
  place(entryFile, entry.contents)
  const inputs = [...new Set([...Object.keys(heavy.metafile.inputs), ...Object.keys(result.metafile.inputs), ...Object.keys(worker.metafile.inputs)])]
    .filter((p) => !p.includes("node_modules/") && !p.includes(":"))
    .map((p) => posix(relative(repoRoot, resolve(appDir, p))))
  const watched = [...inputs, "apps/cli/scripts/build.mjs", ...workspaceManifests()]
  place(manifestFile, `${JSON.stringify({ builtAt: started, inputs: watched })}\n`)
  pruneOutputs(names)
  return Date.now() - started
}

/** package.json of every workspace package: a changed dependency changes the bundle. */
const workspaceManifests = () => {
  const out = ["package.json", "pnpm-lock.yaml"]
  for (const group of ["apps", "packages"]) {
    for (const d of readdirSync(join(repoRoot, group))) out.push(`${group}/${d}/package.json`)
  }
  return out
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ms = await build()
  process.stderr.write(`built ${posix(relative(process.cwd(), entryFile))} in ${ms} ms\n`)
}
