import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { Hono } from "hono"

/**
 * /docs: Swagger UI from the swagger-ui-dist package (no CDN, works offline) over /openapi.json. The
 * page's script is a file of its own, so the page's policy needs no inline script.
 */

const dist = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"))
const assets: Record<string, { readonly file: string; readonly type: string }> = {
  "swagger-ui.css": { file: "swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: "swagger-ui-bundle.js", type: "text/javascript; charset=utf-8" },
  "favicon-32x32.png": { file: "favicon-32x32.png", type: "image/png" }
}
// read on each request: the page is opened now and then, and the files stay in the OS's cache
const asset = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dist, assets[name]!.file)))

const init = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null, tryItOutEnabled: false })
})
`

export const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>dashiji API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head><body><noscript>The OpenAPI document: <a href="/openapi.json">/openapi.json</a></noscript><div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script>
</body></html>`

/** Swagger UI's own script and styles, from this server only; it sets element styles from script, and shows data: images. */
export const docsPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ")

export const docsRoutes = () =>
  new Hono()
    .get("/", (c) => c.html(docsPage))
    .get("/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }))
    .get("/:asset", (c) => {
      const name = c.req.param("asset")
      if (!(name in assets)) return c.json({ error: "not_found", message: `no route GET ${c.req.path}` }, 404)
      return c.body(asset(name), 200, { "content-type": assets[name]!.type, "cache-control": "public, max-age=86400" })
    })
