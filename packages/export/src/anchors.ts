/**
 * Links inside a report that renderers resolve: a heading's anchor as GitHub (and GitLab, markdown-it-anchor
 * with github-slugger, Pandoc's gfm) names it, and source notes as GFM footnotes, which GitHub, GitLab,
 * Pandoc, Obsidian and markdown-it-footnote render as numbered notes linked both ways (a renderer without
 * footnotes shows the [^n] text, still readable).
 */

/**
 * The id GitHub gives a heading (github-slugger's rule): lower case, every character that is not a
 * letter, mark, decimal or letter number, connector, hyphen or space dropped, spaces → hyphens.
 * 本月（具体日期不详） → 本月具体日期不详. The report's headings are unique, so no -1 suffixes are needed.
 */
export const headingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu, "")
    .replace(/ /g, "-")

/** A link to a heading of the same report: [text](#anchor). `text` is Markdown already escaped. */
export const headingLink = (text: string, heading: string): string => `[${text}](#${headingAnchor(heading)})`

/** A source note's reference in an entry ([^3]) and the start of its definition ([^3]: …). */
export const noteRef = (n: number): string => `[^${n}]`
export const noteDefinition = (n: number, text: string): string => `[^${n}]: ${text}`
