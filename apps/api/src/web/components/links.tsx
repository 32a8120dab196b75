/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */

/** Names joined by 、, each a link, each with its count when given: 郑州市（3 件）、开封市（1 件）. */
export const NameLinks = (props: { readonly names: ReadonlyArray<string | readonly [string, number]>; readonly href: (name: string) => string }) => (
  <>
    {props.names.map((n, i) => {
      const [name, count] = typeof n === "string" ? [n, undefined] : n
      return (
        <>
          {i > 0 ? "、" : ""}
          <a href={props.href(name)}>{name}</a>
          {count === undefined ? "" : `（${count} 件）`}
        </>
      )
    })}
  </>
)

/** The next page of a listing, when there is one. */
export const Pager = (props: { readonly href: string | null }) =>
  props.href === null ? (
    ""
  ) : (
    <p class="pager">
      <a href={props.href}>下一页 →</a>
    </p>
  )
