import type { PersonSummary } from "@dashiji/store"
import { type MutableRefObject, useEffect, useRef } from "react"
import type { BrowserData } from "./data.ts"
import { type PlaceGroup, sortPlaces } from "./places.ts"
import type { Action, State } from "./state.ts"
import { keepPeopleInPinyinOrder, peopleInPinyinOrder } from "./state/lists.ts"
import { switchView } from "./state/navigate.ts"
import { IncrementalSort } from "./state/pinyin-sort.ts"

/**
 * Work done while the user reads, so that the first press of 2, 3, 4 or s finds it done: the people and
 * places lists, the titles and pinyin of the people list's first screen, the calendar's year, everyone in
 * pinyin order (a merge at a time) and everyone's pinyin. Each job is one query or one bounded step; jobs
 * start once no key has come for a moment and stop at the next key (a key waits at most for the job running
 * when it came). The reducer stays pure: a job's result is an action, like any other answer from the store.
 */

/** No key for this long: the user is reading. */
const PAUSE_MS = 50

/** The people list's first screen at the tallest terminal it is measured for (titles and pinyin read ahead). */
const FIRST_SCREEN = 60

interface Job {
  readonly name: string
  /** Runs once (its result is kept outside the state); other jobs end when the state holds their answer. */
  readonly once?: boolean
  /** An action to dispatch, or undefined when the job only advanced work kept outside the state. */
  readonly run: () => Action | undefined
}

/** The places list being built: the groups of spellings, then one recount of a group of several per job. */
interface Counting {
  readonly groups: ReadonlyArray<PlaceGroup>
  readonly counted: Array<PlaceGroup>
}

interface Sorting {
  readonly items: ReadonlyArray<PersonSummary>
  readonly sort: IncrementalSort<PersonSummary>
}

/** What to do next for this state, if anything; `skip` names the jobs done once or failed. */
export const nextIdleJob = (data: BrowserData, s: State, sorting: MutableRefObject<Sorting | undefined>, counting: MutableRefObject<Counting | undefined>, skip: ReadonlySet<string>): Job | undefined => {
  const people = s.people.items
  const jobs: Array<Job | undefined> = [
    people === null ? { name: "people", run: () => ({ type: "people", items: data.now.people() }) } : undefined,
    people !== null ? { name: "people details", once: true, run: () => void data.now.personDetails(people.slice(0, FIRST_SCREEN).map((p) => p.name)) } : undefined,
    s.places.items === null ? placesJob(data, counting) : undefined,
    calendarJob(data, s),
    people !== null && !peopleInPinyinOrder(people) ? sortJob(people, sorting) : undefined,
    s.people.pinyin === null ? { name: "pinyin", run: () => ({ type: "pinyin", pinyin: data.now.peoplePinyin() }) } : undefined
  ]
  return jobs.find((j) => j !== undefined && !skip.has(j.name))
}

/** The year the calendar would open on (4), unless the calendar is open already (then load.ts reads it). */
const calendarJob = (data: BrowserData, s: State): Job | undefined => {
  if (s.view === "timeline") return undefined
  const year = switchView(s, "timeline").timeline.day?.slice(0, 4)
  if (year === undefined || s.timeline.counts?.year === year) return undefined
  return { name: `counts ${year}`, run: () => ({ type: "counts", year, days: data.now.dayCounts(year) }) }
}

/** The places list as data.now.places() gives it, a query per job: a place's count is a scan of its rows. */
const placesJob = (data: BrowserData, counting: MutableRefObject<Counting | undefined>): Job => ({
  name: "places",
  run: () => {
    if (counting.current === undefined) {
      counting.current = { groups: data.now.placeGroups(), counted: [] }
      return undefined
    }
    const { groups, counted } = counting.current
    // groups of one spelling keep their count: only the merged ones cost a query
    while (counted.length < groups.length && groups[counted.length]!.names.length === 1) counted.push(groups[counted.length]!)
    const g = groups[counted.length]
    if (g !== undefined) {
      counted.push({ ...g, count: data.now.placeCount(g.names) })
      return undefined
    }
    counting.current = undefined
    return { type: "places", items: sortPlaces(counted) }
  }
})

const sortJob = (items: ReadonlyArray<PersonSummary>, sorting: MutableRefObject<Sorting | undefined>): Job => ({
  name: "pinyin order",
  run: () => {
    if (sorting.current?.items !== items) sorting.current = { items, sort: new IncrementalSort(items) }
    if (sorting.current.sort.step()) {
      keepPeopleInPinyinOrder(items, sorting.current.sort.result())
      sorting.current = undefined
    }
    return undefined
  }
})

/** Runs the idle jobs of the App's state: after each action, once the user pauses. */
export const useIdleWork = (data: BrowserData, state: State, current: MutableRefObject<State>, dispatch: (a: Action) => void): void => {
  const sorting = useRef<Sorting | undefined>(undefined)
  const counting = useRef<Counting | undefined>(undefined)
  // a job that failed is not retried: the view's own load says what went wrong when the user goes there
  const skip = useRef(new Set<string>())
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const work = () => {
      const job = nextIdleJob(data, current.current, sorting, counting, skip.current)
      if (job === undefined) return
      let action: Action | undefined
      try {
        action = job.run()
        if (job.once === true) skip.current.add(job.name)
      } catch {
        skip.current.add(job.name)
      }
      // an action changes the state, which schedules the next job; work kept outside the state goes on here
      if (action !== undefined) dispatch(action)
      else timer = setTimeout(work, 0)
    }
    timer = setTimeout(work, PAUSE_MS)
    return () => clearTimeout(timer)
  }, [data, state, current, dispatch])
}
