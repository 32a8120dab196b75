/**
 * A document name for a URL: host and path as folders (`www.example.gov.cn/2020/0203/a.html`), a path
 * ending in / as its index.html, the query kept as `_q_…`; characters that are unsafe in file names
 * become `_`, and `.`/`..` segments are dropped, so `--save DIR` never writes outside DIR.
 */
export const documentNameOf = (url: string): string => {
  const u = new URL(url)
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}._~-]/gu, "_").slice(0, 120)
  let segments = decodeSegments(u.pathname)
    .map(safe)
    .filter((s) => s !== "" && s !== "." && s !== "..")
  if (u.pathname.endsWith("/") || segments.length === 0) segments = [...segments, "index.html"]
  const query = u.search.length > 1 ? `_q_${safe(u.search.slice(1))}` : ""
  const host = safe(u.host)
  const last = segments.pop()!
  return [host, ...segments, `${last}${query}`].join("/")
}

const decodeSegments = (pathname: string): Array<string> =>
  pathname.split("/").map((s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  })
