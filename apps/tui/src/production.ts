/**
 * React and Ink pick their production or development build when first imported. The browser is a program, not a
 * component under development: unless told otherwise (tests set NODE_ENV=test), it runs React's production build,
 * which renders several times faster. Imported first by index.ts, before anything that loads React.
 */
process.env["NODE_ENV"] ??= "production"
