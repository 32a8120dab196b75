/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx"

/** One line of a page's facts (<dl class="facts">): the label and its value, or nothing when `show` is false. */
export const Fact = (props: { readonly label: string; readonly show?: boolean; readonly children?: Child }) =>
  props.show === false ? (
    ""
  ) : (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  )
