// Reading names in a mention's text: the scan the people finders work on (people/) and what it reads with.
export { NameScan } from "./scan.ts"
export type { Found, PeopleContext, PeopleResult, Pick, PickOptions, Via } from "./types.ts"
export { endsInParticipation, participationVerbSearch, personWords, siteBreakWords, type PersonWords } from "./person-words.ts"
