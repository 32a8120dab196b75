import { Data } from "effect"

/**
 * Why a URL gave no document. Each is one line for the user (`reason`) and a tag for code and tests;
 * none stops the other URLs of a run, and none touches what the store holds.
 */
export class BadUrl extends Data.TaggedError("BadUrl")<{ readonly url: string; readonly reason: string }> {}
/** DNS failure, connection refused or reset, TLS failure: the host could not be reached (after retries). */
export class HostUnreachable extends Data.TaggedError("HostUnreachable")<{ readonly url: string; readonly reason: string }> {}
/** The server answered with an error status (after retries for 5xx and 429). */
export class HttpStatus extends Data.TaggedError("HttpStatus")<{ readonly url: string; readonly status: number; readonly reason: string }> {}
/** A redirect back to a URL already visited, or more redirects than allowed. */
export class TooManyRedirects extends Data.TaggedError("TooManyRedirects")<{ readonly url: string; readonly reason: string }> {}
/** No answer, or no complete body, within the time allowed (a page that never ends trickling). */
export class FetchTimeout extends Data.TaggedError("FetchTimeout")<{ readonly url: string; readonly reason: string }> {}
/** A body larger than the limit (a page that never ends): nothing past the limit is read. */
export class TooLarge extends Data.TaggedError("TooLarge")<{ readonly url: string; readonly limit: number; readonly reason: string }> {}
/** Not text: an image, a PDF, an archive, by its Content-Type or its bytes. */
export class BinaryContent extends Data.TaggedError("BinaryContent")<{ readonly url: string; readonly reason: string }> {}
/** Text the decoder cannot read (empty, or no encoding it knows fits the bytes). */
export class UnreadableText extends Data.TaggedError("UnreadableText")<{ readonly url: string; readonly reason: string }> {}
/** robots.txt disallows the URL for dashiji. */
export class DisallowedByRobots extends Data.TaggedError("DisallowedByRobots")<{ readonly url: string; readonly reason: string }> {}
/** A feed URL whose body is not an RSS, Atom or RDF document. */
export class NotAFeed extends Data.TaggedError("NotAFeed")<{ readonly url: string; readonly reason: string }> {}

export type FetchError = BadUrl | HostUnreachable | HttpStatus | TooManyRedirects | FetchTimeout | TooLarge | BinaryContent | UnreadableText | DisallowedByRobots | NotAFeed
