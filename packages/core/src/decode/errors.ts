import { Data } from "effect"

/** The document has no bytes (or only a byte-order mark / white space). */
export class EmptyDocument extends Data.TaggedError("EmptyDocument")<{
  readonly document: string
  readonly reason: string
}> {}

/** The bytes are not text: NUL bytes, an image or archive header, too many control characters. */
export class BinaryDocument extends Data.TaggedError("BinaryDocument")<{
  readonly document: string
  readonly reason: string
}> {}

/** The bytes are text-like but no supported encoding decodes them cleanly. */
export class UndecodableDocument extends Data.TaggedError("UndecodableDocument")<{
  readonly document: string
  readonly reason: string
}> {}

export type DecodeError = EmptyDocument | BinaryDocument | UndecodableDocument
export type DocumentError = DecodeError

/** One line a person can read: `name: reason`. */
export const describeDocumentError = (e: DocumentError): string => `${e.document}: ${e.reason} (${e._tag})`
