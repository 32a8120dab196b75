import { cueClass, cueRegExp, cueRegExpWith, cueWords } from "../knowledge/cues.ts"

/**
 * Web-page chrome: lines that belong to the page, not to the news. Patterns are general
 * (breadcrumbs, source/time/share lines, editor credits, print/close links, lone separators).
 */
const chromePatterns: ReadonlyArray<RegExp> = [
  cueRegExp`^(${"breadcrumb-reader"})?(${"breadcrumb-now"})?的?(所在)?位置[:：]`,
  /^当前位置/,
  /^首页\s*[>›»]/,
  cueRegExp`[>›»]\s*(${"breadcrumb-leaf"})$`,
  cueRegExp`^【?(${"chrome-label"})[:：]`,
  // saleen0205 发表于 2022-5-17 09:36:08: a forum post's header (its date is the post's)
  cueRegExp`^[^\s，。]{1,24}(?:\s+[^\s，。]{1,8})?\s*(?:${"post-header"})\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}`,
  cueRegExp`(${"chrome-source-label"})[:：].*(${"chrome-widget"})`,
  // 2020-06-15 08:02 来源:海南日报 (• 2012-08-01 • 来源:某网, 2012-08-01 | 来源:…, 2012-08-01 [稿源:某台]): a date
  // and time that open a source line, the parts set off by bullets, bars or brackets
  cueRegExp`^[•·|｜]?\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[•·|｜\[【]?\s*(?:${"chrome-after-date"})`,
  // 【我要纠错】 责任编辑:王洋 — an editor's credit closing a short line
  cueRegExpWith("u")`(${"editor-credit-closing"})[:：]\s*[\p{Script=Han}·]{2,8}\s*$`,
  /^分享(到)?[:：]?/,
  cueRegExp`^(${"editor-credit"})[:：]`,
  cueRegExp`^【?(${"font-size-label"})[:：]?\s*[${cueClass("font-size")}]`,
  cueRegExp`^(${"page-link"})`,
  // 欢迎来到某某网! — a site's greeting, short, with no clause of its own
  cueRegExp`^(?:${"site-welcome"})[^，,。；;]{1,30}$`,
  cueRegExpWith("i")`^(${"site-footer"}|(?:${"site-footer-label"})[:：])`,
  // a newspaper's name alone on its line (the masthead)
  cueRegExpWith("u")`^[\p{Script=Han}]{2,8}(${"masthead-suffix"})$`,
  // a photo caption: 图为…, 上图:… (what a photo shows, not a report)
  cueRegExp`^[(（【]?(${"caption-opener"})`
]

/** A toolbar: a line of bracketed labels only (【CNML格式】 【 】 【打 印】, 【大】【中】【小】). */
const toolbar = /^(?:【?[^【】\n]{0,8}】\s*){2,}$/
/** A two-level breadcrumb with a double arrow (某某网>>领导活动): the site and its section. */
const shortCrumb = /^[^>›»。，,；;！？\s]{1,16}\s*(?:>>|»|›)\s*[^>›»。，,；;！？\s]{1,12}$/

/** A line made only of separators or punctuation (|, ---, ***, ···). */
const loneSeparator = /^[\s|｜\-—–_=*·•.。,，>›»/\\]*$/

/** A line that is only a date (a page's print or publication stamp), with an optional time. */
export const lonePageDate =
  /^(?:[-–—•·]\s+)?(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/

/**
 * 03.03.2015  13:50: a stamp with dots and the year last, as a CMS writes it day first (the dotted form of
 * the day-month-year order; month first is written with slashes, 03/03/2015). Only with its time of day,
 * alone on its line.
 */
const dayFirstStamp = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?$/

const publisherEnd = cueRegExp`(?:${"publisher-end"})$`
/** A publisher's name (某县人民政府, 某市档案馆(某市文史研究馆)), not a headline dated at its end. */
const isPublisher = (name: string): boolean =>
  !sentencePunctuation.test(name) && publisherEnd.test(name.trim().replace(/[(（][^()（）]{1,20}[)）]$/, ""))
const publisherStamp = /^(\S[^\n]{1,30}?)\s+(\d{4})\s*[年\-/.]\s*(\d{2})\s*[月\-/.]\s*(\d{2})\s*日?$/
const siteAddress = /^(?:https?:\/\/|www\.)[\w.\-/%?=&#~:]{3,200}\s+/
const siteName = cueRegExpWith("u")`^\p{Script=Han}{1,12}(?:${"masthead-suffix"}|${"site-name-suffix"})(?:\s+|\s*[·•|｜]\s*)`

/** A labelled publication time inside a chrome line: 时间:2020-07-08, 发布日期:2020年7月8日. */
const leadingDate = /^(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/
const labelledTime = cueRegExp`(?:${"publication-time-label"})[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})`
// 时间:12/28/2012 09:22:10: a labelled time with slashes and the year last is written month first (a CMS's US
// order; the dotted form is day first, see dayFirstStamp)
const monthFirstTime = cueRegExp`(?:${"publication-time-label"})[:：]\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d{2}`

export interface PageDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

export type ChromeVerdict =
  | { readonly chrome: false }
  | { readonly chrome: true; readonly published?: PageDate; readonly stamp?: PageDate }

/** 湖南省人民政府门户网站 > 政务公开 > 大事记 / 首页 | 政务 | 新闻: short segments joined by two or more arrows or bars. */
const breadcrumb = /^[^>›»|｜。，,；;！？]{1,24}(?:\s*[>›»|｜]\s*[^>›»|｜。，,；;！？]{1,24}){2,}$/

/**
 * A newspaper page header: 重庆日报 2019年5月21日 第1版 / A03版 / 版次：01; or the credit an article reprinted
 * from a paper closes with, 《某某日报》（2020年08月25日 04 版）.
 */
const pageHeader = cueRegExp`(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}|(?:^|\s)[A-Z]?\d{1,2})\s*版|(?:${"page-label"})[:：]`
const anyDate = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/

export interface ChromeOptions {
  /**
   * Lone date lines are entries' dates, not page stamps (a page that sets several of its entries'
   * dates on lines of their own).
   */
  readonly datesAreEntries?: boolean
}

/**
 * A short line of a page's navigation: two of its links anywhere in it (3 上一篇  下一篇 4 放大 缩小), whatever
 * page numbers or buttons stand around them.
 */
const pageLinks = cueWords("page-link")
const isNavigation = (t: string): boolean => {
  const found = pageLinks.filter((w) => t.includes(w))
  // 打印本页 holds 打印: a word inside another found word is the same link
  return found.filter((w) => !found.some((o) => o !== w && o.includes(w))).length >= 2
}

// 来源:《某某县志》, 来源:《某某年鉴2021》: the source named is a book of record
const recordBookSource = cueRegExp`(?:${"chrome-source-label"})[:：]\s*《[^》]{0,40}(?:${"record-book"})[^》]{0,30}》`

/**
 * A line of the page's chrome, and the page's date it gives if any. A page that names a book of record as its
 * source (发表时间:2021-03-22 来源:《某某旗志》) reposts entries of years long past: the date on that line is
 * when they were posted, and dates no entry (a wrong year is worse than none).
 */
export const classifyChrome = (line: string, options: ChromeOptions = {}): ChromeVerdict => {
  const verdict = classifyChromeLine(line, options)
  return verdict.chrome && ("published" in verdict || "stamp" in verdict) && recordBookSource.test(line) ? { chrome: true } : verdict
}

const classifyChromeLine = (line: string, options: ChromeOptions): ChromeVerdict => {
  const t = line.trim()
  if (t.length === 0 || loneSeparator.test(t)) return { chrome: true }
  if (t.length <= 60 && (toolbar.test(t) || shortCrumb.test(t))) return { chrome: true }
  if (t.length <= 40 && isNavigation(t)) return { chrome: true }
  // http://www.某网.com   2007-08-12 17:25:27, 某某新闻网 2019年05月03日: a site's address or name beside its
  // page date is the same stamp
  // (tried only on a short line that holds a year: most lines hold none)
  const year = /\d{4}/.test(t)
  const stamp = lonePageDate.exec(t) ?? (t.length <= 120 && year ? (lonePageDate.exec(t.replace(siteAddress, "")) ?? lonePageDate.exec(t.replace(siteName, ""))) : null)
  if (stamp !== null && options.datesAreEntries !== true) return { chrome: true, stamp: toDate(stamp[1]!, stamp[2]!, stamp[3]!) }
  const dayFirst = year ? dayFirstStamp.exec(t) : null
  if (dayFirst !== null && Number(dayFirst[2]) <= 12) return { chrome: true, stamp: toDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!) }
  // (a stamp holds a year: most lines hold none and are not read further)
  const published = year && t.length <= 160 ? siteStampDate(t) : null
  if (published !== null) return { chrome: true, published }
  // 某市档案馆(某市文史研究馆) 2023年01月17日: the publisher's name over its page date, written as a system
  // stamps dates (two-digit months and days)
  const signed = year && t.length <= 48 ? publisherStamp.exec(t) : null
  if (signed !== null && isPublisher(signed[1]!)) return { chrome: true, published: toDate(signed[2]!, signed[3]!, signed[4]!) }
  const usTime = year && t.length <= 160 ? monthFirstTime.exec(t) : null
  if (usTime !== null && Number(usTime[1]) <= 12) return { chrome: true, published: toDate(usTime[3]!, usTime[1]!, usTime[2]!) }
  if (t.length <= 80 && breadcrumb.test(t)) {
    // 来源:某某日报 | 作者: | 时间:2018-10-08 has the shape of a breadcrumb but carries the publication date,
    // as 2017-08-25 09:09:37 | 来源:某某日报 | 编辑:某某 does at its start, and a site's address with its date
    // and time does anywhere (www.某网.net | 2016-10-01 22:10:25 多维 | 0条评论)
    const stamped = t.search(domain) >= 0 ? dateWithTime.exec(t) : null
    const time = labelledTime.exec(t) ?? leadingDate.exec(t) ?? (stamped !== null && stamped[4] !== undefined ? stamped : null)
    return time === null ? { chrome: true } : { chrome: true, published: toDate(time[1]!, time[2]!, time[3]!) }
  }
  if (t.length <= 60 && pageHeader.test(t)) {
    const d = anyDate.exec(t)
    return d === null ? { chrome: true } : { chrome: true, published: toDate(d[1]!, d[2]!, d[3]!) }
  }
  if (t.length <= 160) {
    for (const p of chromePatterns) {
      if (p.test(t)) {
        // a labelled time first; else the date the line opens with (2023-04-18 09:30 来源:… 浏览次数:…);
        // else a full date anywhere in it (来源:某某日报 2011-09-08 07:15)
        const time = labelledTime.exec(t) ?? leadingDate.exec(t) ?? anyDate.exec(t)
        return time === null ? { chrome: true } : { chrome: true, published: toDate(time[1]!, time[2]!, time[3]!) }
      }
    }
  }
  return { chrome: false }
}

const domain = /(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|hk|mo|tw)(?:\.cn)?(?:\/[\w.\-/%?=&#~]*)?/gi
const dateWithTime = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?\s*(\d{1,2}:\d{2}(?::\d{2})?)?/
const sourceLabel = cueRegExp`(?:${"chrome-source-label"})[:：]`
const sentencePunctuation = /[，。；！？,;!?]/
const hanRun = /\p{Script=Han}+/gu

/**
 * 中央政府门户网站 www.gov.cn 2007年05月19日 来源:某某日报 / http://www.某网.com 2005年04月13日06:56 某某新闻网-某某日报:
 * a reposting site's stamp — its address, the date (often with the time), the outlet — is the page's
 * publication date. Only a line that is nothing else: an address or a time beside the date, no sentence,
 * and what remains a few short names (an entry 2005年4月13日 省委召开常委会 has neither address nor time).
 */
const siteStampDate = (t: string): PageDate | null => {
  const d = dateWithTime.exec(t)
  if (d === null || sentencePunctuation.test(t)) return null
  const hasAddress = t.search(domain) >= 0
  if (!hasAddress && d[4] === undefined) return null
  const rest = t.replace(domain, " ").replace(d[0], " ").replace(sourceLabel, " ")
  const names = rest.match(hanRun) ?? []
  if (names.length > 3 || names.some((n) => n.length > 16)) return null
  return toDate(d[1]!, d[2]!, d[3]!)
}

const toDate = (y: string, m: string, d: string): PageDate => ({ year: Number(y), month: Number(m), day: Number(d) })
