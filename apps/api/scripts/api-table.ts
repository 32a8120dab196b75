// Prints the README's API table from the OpenAPI document: npx tsx apps/api/scripts/api-table.ts
import { apiTable } from "../src/contract/table.ts"

process.stdout.write(`${apiTable()}\n`)
