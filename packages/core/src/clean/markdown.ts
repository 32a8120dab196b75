/**
 * Markdown's strong emphasis (**3日** 某某…, **1月**) as spaces of the same length: a chronicle kept as a
 * Markdown file marks its dates that way, and the marks would stand between a date and its entry.
 * Same length, so every character keeps its raw offset.
 */
export const withoutEmphasis = (line: string): string => (line.includes("**") ? line.replace(/\*\*/g, "  ") : line)
