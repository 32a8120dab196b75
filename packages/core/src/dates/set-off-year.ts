// 【2007年】… / 2007年，… : a year set off by brackets or a comma is when the sentence happened; a year
// that runs on into a noun (2020年工作总结会议) names a thing, often the year before the meeting that reviews it
const setOffYear = /^\s*(?:[【\[(（]\s*(\d{4})\s*年\s*[】\]）)]|(\d{4})\s*年\s*[,，:：、])/

/** The year a text opens with, set off (【2007年】…, 2007年，…), when it is a plausible year of news; else null. */
export const openingSetOffYear = (text: string): number | null => {
  const m = setOffYear.exec(text)
  if (m === null) return null
  const year = Number(m[1] ?? m[2])
  return year < 1840 || year > 2100 ? null : year
}
