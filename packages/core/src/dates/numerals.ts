const digit: Record<string, number> = {
  〇: 0, "○": 0, 零: 0, O: 0, o: 0, "0": 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
}

/**
 * Arabic or Chinese numerals up to 99 (十二, 二十三, 三十一), digit-by-digit years (二〇二〇), 元 (the first:
 * 元月), and the twenties and thirties as papers in traditional script write them (廿五 = 25, 卅一 = 31).
 */
export const parseNumber = (s: string): number | null => {
  if (/^\d+$/.test(s)) return Number(s)
  if (s === "元") return 1
  // 廿 and 卅 write the tens of a number, the digit after them its ones
  const twentyOrThirty = s[0] === "廿" ? 20 : s[0] === "卅" ? 30 : null
  if (twentyOrThirty !== null) {
    if (s.length === 1) return twentyOrThirty
    const o = s.length === 2 ? digit[s[1]!] : undefined
    return o === undefined || o === 0 ? null : twentyOrThirty + o
  }
  if (s.length === 0) return null
  if (!s.includes("十")) {
    let n = 0
    for (const ch of s) {
      const d = digit[ch]
      if (d === undefined) return null
      n = n * 10 + d
    }
    return n
  }
  const [tens, ones] = s.split("十") as [string, string]
  const t = tens === "" ? 1 : digit[tens]
  const o = ones === "" ? 0 : digit[ones]
  if (t === undefined || o === undefined || tens.length > 1 || ones.length > 1) return null
  return t * 10 + o
}
