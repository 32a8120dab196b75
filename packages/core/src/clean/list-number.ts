/**
 * 1、 / 2. / (3) / (四) / 五、 / ① ⑴ ⒈ ㈠: an item's number in a numbered list, with the space after it — not the
 * start of a figure (1.5亿元: a digit after the point). One pattern for every step that reads list items: the
 * entry opener (1. 3日 …), the format of a day's numbered activities, and titles that lose the number. (The
 * enclosed numbers are single characters, U+2460–249B and U+3220–3229, that word processors put before items.)
 */
export const listNumber = /^(?:\d{1,3}\s*(?:、|[.．](?!\d))|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|[\u2460-\u249B\u3220-\u3229])\s*/
