import { defineConfig } from "vitest/config"
export default defineConfig({ esbuild: { jsx: "automatic" }, test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 120_000, hookTimeout: 120_000 } })
