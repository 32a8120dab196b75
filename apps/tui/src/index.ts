export { runTui, printMonths, interactive } from "./run.tsx"
export { App, type AppProps } from "./App.tsx"
export { openBrowserData, type BrowserData } from "./data.ts"
export { displayWidth, truncate, fit, wrap } from "./width.ts"
