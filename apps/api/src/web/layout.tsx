/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { raw } from "hono/html"
import type { Child } from "hono/jsx"

/** Every reader page: the header (brand, navigation, search), the page, a footer. No script anywhere. */
export const Layout = (props: { readonly title: string; readonly query?: string; readonly children?: Child }) => (
  <>
  {raw("<!doctype html>")}
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{props.title === "" ? "dashiji 大事记" : `${props.title} · dashiji 大事记`}</title>
      <link rel="stylesheet" href="/reader.css" />
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    </head>
    <body>
      <header class="top">
        <div class="bar">
          <a class="brand" href="/">
            大事记
          </a>
          <nav>
            <a href="/">月份</a>
            <a href="/index/people">人物</a>
            <a href="/index/places">地点</a>
            <a href="/docs">API</a>
          </nav>
          <form class="search" method="get" action="/search" role="search">
            <input type="search" name="q" value={props.query ?? ""} placeholder="全文搜索，如 春耕" aria-label="全文搜索" maxlength={200} required />
            <button type="submit">搜索</button>
          </form>
        </div>
      </header>
      <main>{props.children}</main>
      <footer>dashiji 大事记 · 数据来自本机存储 · <a href="/openapi.json">OpenAPI</a></footer>
    </body>
  </html>
  </>
)
