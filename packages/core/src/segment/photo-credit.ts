import { cueRegExpWith } from "../knowledge/cues.ts"

/**
 * A photo's credit as papers print it after the caption: a role, a name or two, 摄 (本报记者 某某 摄, 某某供图,
 * 实习生 某某摄). One expression, composed by its `source` where a credit is looked for: the segmenter, for
 * captions standing before an article's lead, and the deduplicator, for a caption told as a mention of its own.
 */
export const photoCredit = cueRegExpWith("u")`(?:(?:${"byline-role"})\s*)?(?:\p{Script=Han}{2,4}\s*){1,3}(?:${"photo-credit-end"})`
