/**
 * robots.txt (RFC 9309): the group for our user agent (else `*`), its Allow and Disallow rules matched
 * longest first (Allow wins a tie), `*` and a final `$` in paths, and Crawl-delay (not in the RFC, but
 * sites state it and a polite client honours it).
 */
export interface Robots {
  readonly allows: (pathAndQuery: string) => boolean
  /** Seconds between requests the site asks for, if it says. */
  readonly crawlDelay: number | null
}

interface Rule {
  readonly allow: boolean
  readonly pattern: string
}

export const allowAll: Robots = { allows: () => true, crawlDelay: null }
export const disallowAll: Robots = { allows: () => false, crawlDelay: null }

/** Does a robots pattern (`*` any run, `$` the end) match the start of `path`? Linear in pattern × path at worst, on short inputs. */
export const patternMatches = (pattern: string, path: string): boolean => {
  const anchored = pattern.endsWith("$")
  const parts = (anchored ? pattern.slice(0, -1) : pattern).split("*")
  // the first part is a prefix; each later part is found leftmost after the previous (greedy leftmost is
  // enough for a prefix match); an anchored pattern's last part must end the path
  if (!path.startsWith(parts[0]!)) return false
  let at = parts[0]!.length
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!
    if (i === parts.length - 1 && anchored) return path.length - part.length >= at && path.endsWith(part)
    const found = path.indexOf(part, at)
    if (found < 0) return false
    at = found + part.length
  }
  return !anchored || at === path.length
}

/** Percent-encoding normalised the way paths are compared: upper-case hex, unreserved characters decoded. */
const normalise = (p: string): string => p.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => {
  const c = String.fromCharCode(parseInt(h, 16))
  return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${h.toUpperCase()}`
})

export const parseRobots = (text: string, agent: string): Robots => {
  const groups: Array<{ agents: Array<string>; rules: Array<Rule>; delay: number | null }> = []
  let current: { agents: Array<string>; rules: Array<Rule>; delay: number | null } | null = null
  let lastWasAgent = false
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const hash = raw.indexOf("#")
    const line = (hash < 0 ? raw : raw.slice(0, hash)).trim()
    const colon = line.indexOf(":")
    if (colon < 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (key === "user-agent") {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [], delay: null }
        groups.push(current)
      }
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
      continue
    }
    lastWasAgent = false
    if (current === null) continue
    if (key === "allow" || key === "disallow") {
      // an empty Disallow allows everything: no rule
      if (value !== "") current.rules.push({ allow: key === "allow", pattern: normalise(value) })
    } else if (key === "crawl-delay") {
      const n = Number(value)
      if (Number.isFinite(n) && n >= 0) current.delay = n
    }
  }
  const me = agent.toLowerCase()
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && me.includes(a)))
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes("*"))
  const rules = chosen.flatMap((g) => g.rules)
  const delay = chosen.map((g) => g.delay).find((d) => d !== null) ?? null
  return {
    crawlDelay: delay,
    allows: (pathAndQuery) => {
      const path = normalise(pathAndQuery)
      if (path === "/robots.txt") return true
      let best: Rule | null = null
      for (const r of rules) {
        if (!patternMatches(r.pattern, path)) continue
        if (best === null || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow && !best.allow)) best = r
      }
      return best === null || best.allow
    }
  }
}
