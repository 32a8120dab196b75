import { cueRegExp } from "../../knowledge/cues.ts"
import type { NameScan, Pick } from "../name-scan/index.ts"

// what may follow the person received (会见某某一行, 会见某某,)
const closers = cueRegExp`^(?:${"met-object-closer"}|[,，。;；]|$)`

/**
 * 5b. The people a leader received, named bare right after the verb: 会见李华一行, 会见李华、王强一行,
 * 宴请由某某率领的… (the list ends at 一行, 等, a comma or the sentence's end).
 */
export const metObjects = (s: NameScan): void => {
  const { text, cues } = s
  for (const verb of cues.met) {
    for (let v = text.indexOf(verb); v >= 0; v = text.indexOf(verb, v + verb.length)) {
      const names: Array<Pick> = []
      let at = v + verb.length
      for (;;) {
        if (s.foundAt(at).length > 0) break
        const n = s.pickName(at, { allowAmbiguous: false, fallback: true })
        if (n === null) break
        names.push(n)
        if (text[n.end] !== "、") break
        at = n.end + 1
      }
      const last = names[names.length - 1]
      if (last === undefined || !closers.test(text.slice(last.end, last.end + 2))) continue
      for (const n of names)
        s.add({ name: n.name, start: n.end - n.name.length, end: n.end, titles: [], titleStart: null, national: false, via: "list", inList: names.length > 1 })
    }
  }
}
