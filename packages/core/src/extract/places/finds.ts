import { triggerHits, type TriggerHits } from "./triggers.ts"
import type { Item, PlaceContext, Scan, SlotParse } from "./types.ts"

/** A place found, at the slot's start (items of one slot a hundredth apart, so a sort keeps their order). */
export interface Found {
  readonly at: number
  readonly item: Item
}

/** What the finders share: the text, the trigger words in it, and the places found so far. */
export class PlaceFinds {
  /** The text read with no extra end words. */
  readonly plain: Scan
  readonly hits: TriggerHits
  readonly found: Array<Found> = []
  /** Slot starts already read: a second trigger before the same slot adds nothing. */
  readonly tried = new Set<number>()

  constructor(
    readonly text: string,
    readonly ctx: PlaceContext
  ) {
    this.plain = { text, ctx, extraEnds: [] }
    this.hits = triggerHits(text, ctx.cues, ctx.triggerStarts)
  }

  take(at: number, parse: SlotParse): void {
    parse.items.forEach((item, i) => this.found.push({ at: at + i / 100, item }))
  }
}
