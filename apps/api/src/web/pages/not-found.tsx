/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from "../layout.tsx"

/** A page that is not there: what was asked for, and the way home. */
export const NotFoundPage = (props: { readonly message: string }) => (
  <Layout title="没有找到">
    <h1>没有找到</h1>
    <p>{props.message}</p>
    <p>
      <a href="/">回到首页</a>
    </p>
  </Layout>
)
