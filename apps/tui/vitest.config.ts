import { defineConfig } from "vitest/config"

export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // colours on, so the tests can see highlighting and NO_COLOR turning it off (frames are compared without escapes)
    env: { FORCE_COLOR: "1" }
  }
})
