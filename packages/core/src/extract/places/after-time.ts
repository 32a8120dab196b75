import { cueRegExp } from "../../knowledge/cues.ts"
import { charTable } from "../chars.ts"
import type { PlaceFinds } from "./finds.ts"
import { parseSlot } from "./slot.ts"

// a time of day or a day before a comma (2月6日, 上午, 9:30, 10时): the last character, then the whole (the
// characters of a day and a clock are grammar, not a word list)
const timeEnds = charTable("日午时点分0123456789")
const timeBefore = cueRegExp`(?:\d{1,2}日|${"half-day"}|\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)$`
const organSuffix = cueRegExp`(${"organ-suffix"})$`

/**
 * 5. 2月16日上午9:30,中铁联集郑州中心站,满载… / 2月6日,郑州市第一人民医院传染病医院项目正式完成验收:
 * a venue that opens the sentence right after the time of the event (an organ there is the organiser).
 */
export const venuesAfterTime = (f: PlaceFinds): void => {
  const { text, plain } = f
  for (let comma = 1; comma < text.length; comma++) {
    const code = text.charCodeAt(comma)
    if ((code !== 0x2c && code !== 0xff0c) || timeEnds[text.charCodeAt(comma - 1)] !== 1) continue
    if (!timeBefore.test(text.slice(Math.max(0, comma - 6), comma))) continue
    const from = comma + 1
    const parse = parseSlot(plain, from)
    if (parse === null || !parse.anyVenue) continue
    const last = parse.items[parse.items.length - 1]!
    if (/[,，]/.test(text[parse.end] ?? "") || !organSuffix.test(last.name)) f.take(from, parse)
  }
}
