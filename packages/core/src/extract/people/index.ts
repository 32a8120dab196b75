import { NameScan, type PeopleContext, type PeopleResult } from "../name-scan/index.ts"
import { resolvePeople } from "./roles.ts"
import { bareLists } from "./bare-lists.ts"
import { clauseOpeners } from "./clause-openers.ts"
import { namesBeforeHonorifics } from "./honorifics.ts"
import { metObjects } from "./met-objects.ts"
import { participationSentences } from "./participation.ts"
import { rosterNames } from "./roster-names.ts"
import { documentNames } from "./document-names.ts"
import { titledNames } from "./titled.ts"

export type { PeopleContext, PeopleResult } from "../name-scan/index.ts"

/**
 * People of an event, from the structures Chinese government news names them in: a title before the name
 * (省委书记王明), lists closed by 等/同志 and a verb (孔立、穆华参加座谈), a title or 同志 after the
 * name (王明书记), and the roster of officeholders. The surname table says what can start a name; a
 * name is 2–4 characters and never a title, place or common word (jieba's dictionary tells those).
 * Each finder below (one file each) adds to the scan's names, in this order; the roles come from every
 * occurrence of them (roles.ts). The entities step then applies sanity.ts, the last check on the names.
 */
export const extractPeople = (text: string, ctx: PeopleContext): PeopleResult => {
  const s = new NameScan(text, ctx)
  titledNames(s)
  namesBeforeHonorifics(s)
  bareLists(s)
  participationSentences(s)
  clauseOpeners(s)
  metObjects(s)
  rosterNames(s)
  documentNames(s)
  return resolvePeople(s)
}
