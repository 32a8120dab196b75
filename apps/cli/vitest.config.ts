import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // the suite runs the built command: build it once (or find it up to date) before any test
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000
  }
})
