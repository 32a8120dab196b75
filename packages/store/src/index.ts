export { EventStore, type Page, type IngestedDocument, type MonthCount, type PersonCount, type PlaceCount } from "./EventStore.ts"
export { EventFilter, Month, DateBound, encodeCursor, decodeCursor } from "./filter.ts"
export { StoreError, InvalidQuery } from "./errors.ts"
export { resolveDbPath, sqliteClientLayer, sqliteStoreLayer } from "./layers.ts"
