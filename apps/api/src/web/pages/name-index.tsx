/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from "../layout.tsx"

/** `/index/people`, `/index/places`: every name with a note and its count, each a link. */
export const NameIndexPage = (props: { readonly title: string; readonly rows: ReadonlyArray<{ readonly name: string; readonly note: string; readonly count: number; readonly href: string }> }) => (
  <Layout title={props.title}>
    <h1>{props.title}</h1>
    <div class="scroll">
      <table>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>
                <a href={r.href}>{r.name}</a>
              </td>
              <td class="muted">{r.note}</td>
              <td class="num">{r.count} 件</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </Layout>
)
