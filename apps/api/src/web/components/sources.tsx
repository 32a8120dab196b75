/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { DocumentMeta, Event } from "@dashiji/core"
import { chineseDate, encodingLabel, hasCitation, mergeOf, methodLabel, safeHref } from "@dashiji/export"
import type { MentionsAround } from "@dashiji/store"
import { sourceHref } from "../hrefs.ts"

/**
 * A document cited by its metadata: the title linking to the page it came from (http(s) only), the
 * publisher, the publication date; nothing when the document has none (its file name is shown instead).
 */
export const Citation = (props: { readonly meta: DocumentMeta | undefined }) => {
  const m = props.meta
  if (!hasCitation(m)) return <></>
  const href = m.url === undefined ? null : safeHref(m.url)
  const label = m.title === undefined ? (href === null ? null : (m.publisher ?? "原文")) : `《${m.title}》`
  const rest = [m.title !== undefined || href === null ? m.publisher : undefined, m.published === undefined ? undefined : `${chineseDate(m.published)}发布`].filter((s): s is string => s !== undefined)
  return (
    <span class="cite">
      {label === null ? "" : href === null ? label : <a href={href} rel="noopener noreferrer nofollow">{label}</a>}
      {rest.length > 0 ? `${label === null ? "" : "，"}${rest.join("，")}` : ""}{" "}
    </span>
  )
}

/** The file (a link to the source page), then the encoding its bytes were read as when known: a.txt，GB18030 编码， */
export const FileRef = (props: { readonly document: string; readonly span: readonly [number, number]; readonly meta: DocumentMeta | undefined }) => (
  <>
    <a href={sourceHref(props.document, props.span)}>
      <code>{props.document}</code>
    </a>
    {props.meta?.encoding === undefined ? " " : `，${encodingLabel(props.meta.encoding)} 编码，`}
  </>
)

/** The text around a source: the stored mention before (its end), the mention highlighted, the one after (its start). */
export const SourceContext = (props: { readonly around: MentionsAround; readonly chars: number }) => {
  const { before, mention, after } = props.around
  const tail = (s: string) => (s.length > props.chars ? `…${s.slice(s.length - props.chars)}` : s)
  const head = (s: string) => (s.length > props.chars ? `${s.slice(0, props.chars)}…` : s)
  return (
    <p class="context">
      {before === null ? "" : <span class="around">{tail(before.text)} </span>}
      {mention === null ? <span class="muted">（存储中没有这段原文：事件由批量导入写入）</span> : <mark>{mention.text}</mark>}
      {after === null ? "" : <span class="around"> {head(after.text)}</span>}
    </p>
  )
}

/** One source of an event as the event and source pages show it. */
export interface SourceView {
  readonly document: string
  readonly span: readonly [number, number]
  readonly firstLine: number | undefined
  /** 主要来源, or the merge's method and score. */
  readonly why: string
  readonly around: MentionsAround
  /** The document's metadata (title, publisher, date, URL), when known. */
  readonly meta?: DocumentMeta | undefined
}

/** 主要来源 for the first source; the merge's method and score for the others. */
export const whyOf = (e: Event, i: number): string => {
  if (i === 0) return "主要来源"
  const m = mergeOf(e, i)
  return m === undefined ? "合并来源" : `与首条来源合并：${methodLabel[m.method]}，相似度 ${m.score.toFixed(2)}`
}
