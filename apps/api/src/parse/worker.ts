import { parentPort } from "node:worker_threads"
import { CoreLive, type DocumentError, type DocumentMeta, parseDocument, type ParsedDocument } from "@dashiji/core"
import { Effect, Either, ManagedRuntime } from "effect"

/** What the pool sends: one document to parse. */
export interface ParseRequest {
  readonly id: number
  readonly name: string
  readonly bytes: Uint8Array
  readonly year?: number | undefined
  /** Where the document comes from (its publication date may justify years). */
  readonly meta?: DocumentMeta | undefined
}

/** What a worker answers: the parsed document, or the decoder's or parser's typed failure. */
export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly parsed: ParsedDocument }
  | { readonly id: number; readonly ok: false; readonly tag: DocumentError["_tag"]; readonly reason: string }
  | { readonly id: number; readonly ok: "ready" }

const port = parentPort
if (port === null) throw new Error("the parse worker runs in a worker thread")

// the parser's services (jieba, the knowledge tables) are built once per worker and kept
const runtime = ManagedRuntime.make(CoreLive)

const parse = async (req: ParseRequest): Promise<ParseReply> => {
  const r = await runtime.runPromise(Effect.either(parseDocument({ name: req.name, bytes: req.bytes, meta: req.meta }, { year: req.year })))
  return Either.isRight(r) ? { id: req.id, ok: true, parsed: r.right } : { id: req.id, ok: false, tag: r.left._tag, reason: r.left.reason }
}

port.on("message", (req: ParseRequest) => {
  void parse(req).then((reply) => port.postMessage(reply))
})

// warm up before the first request: the dictionary and tables load, and the parser's code is compiled
// on made-up reports of the usual shapes (a first real document would otherwise pay for both)
const warmUp = [
  "2021年大事记",
  // names of the usual shape (made up) so that name checks, pinyin and the roster's tables load here too
  "1月4日，省委书记周建华主持召开省委常委会会议，研究部署全省防汛工作。副省长刘志勇、林晓峰出席。",
  "1月6日上午，全省安全生产电视电话会议召开，各市县设分会场。市长邓永红在某市分会场参加会议。",
  "1月9日至10日，省长黄建新到绵阳市北川县调研乡村振兴工作，并看望慰问基层干部群众。",
  "<p>1月12日，省政府与某集团签署战略合作协议。</p>"
].join("\n")
void (async () => {
  for (let i = 0; i < 3; i++) await parse({ id: -1, name: "warm-up.txt", bytes: new TextEncoder().encode(warmUp) })
  port.postMessage({ id: -1, ok: "ready" } satisfies ParseReply)
})()
