// Dates lexed once, below segment and extract, which both read them: the date expressions of a text
// (tokens.ts over expressions.ts), the years it states (years.ts, year-anchors.ts), numerals and the calendar.
export { isDatedYear, isoDate, isValidDay } from "./calendar.ts"
export { anchoredMatches, dateAt, dateExpressions, yearMonthAt } from "./expressions.ts"
export { parseNumber } from "./numerals.ts"
export { findDates, type DateToken } from "./tokens.ts"
export { anchoredYears, bundledYearAnchors, parseCongressTerms, parseYearAnchors, sessionYears, type YearAnchor } from "./year-anchors.ts"
export { findDatedYears, findStatedYears, findYears } from "./years.ts"
export { findWorkYears, yearOfWork, type WorkYear } from "./work-years.ts"
