import { Effect } from "effect"
import { extractEntities, type Entities } from "../src/extract/entities.ts"
import { loadKnowledge, type KnowledgeData } from "../src/knowledge/Knowledge.ts"
import { Segmenter, type SegmentFns } from "../src/segmenter.ts"

// What the entities-*.test.ts files share: the segmenter, the bundled knowledge and readers of a result.

export const seg: SegmentFns = Effect.runSync(Effect.provide(Segmenter, Segmenter.Default))
export const k: KnowledgeData = loadKnowledge()
export const run = (text: string): Entities => extractEntities(text, seg, k)
export const names = (e: Entities) => e.people.map((p) => p.name)
export const person = (e: Entities, name: string) => e.people.find((p) => p.name === name)
export const places = (e: Entities) => e.places.map((p) => `${p.name}/${p.level}`)

/** The made-up people of the sentences: none is in the roster (entities-people.test.ts checks it). */
export const madeUp = [
  "周建华", "刘志勇", "林晓峰", "邓永红", "黄建新", "王建国", "陈立平", "索德尔", "赵明亮", "孙丽", "胡海涛",
  "王晓明", "李静", "张伟", "刘芳", "罗建平", "何晓燕", "唐志强", "李明", "买买提·吾斯曼", "陈志刚", "李红梅", "萨拉赫"
]
