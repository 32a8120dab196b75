/** Where the reader's pages are: every link is built here (names percent-encoded). */

export const enc = encodeURIComponent
export const eventHref = (id: string) => `/event/${id}`
export const personHref = (name: string) => `/person/${enc(name)}`
export const placeHref = (name: string) => `/place/${enc(name)}`
export const monthHref = (month: string) => `/month/${month}`
export const sourceHref = (document: string, span: readonly [number, number]) => `/source?document=${enc(document)}&start=${span[0]}&end=${span[1]}`
