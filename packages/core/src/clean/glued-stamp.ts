/**
 * Where an entry starts that a page glued to its publication stamp (发布日期:2020-01-31 18:23:541月1日,…):
 * a date and a clock time with its seconds, then at once a month and a day. 0 when the line holds none.
 * The seconds have two digits, so what follows them is the entry's date.
 */
const stampThenDate = /^[^\n]{0,40}?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}:\d{2}(?=\d{1,2}\s*月\s*\d{1,2}\s*日)/

export const gluedAfterStamp = (line: string): number => stampThenDate.exec(line)?.[0].length ?? 0
