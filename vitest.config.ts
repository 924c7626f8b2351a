import { defineConfig } from "vitest/config";

// Tests run on the TypeScript sources of every workspace package (no build needed):
// the private `@opptrapping/source` export condition points each package at its `src/`.
export default defineConfig({
  resolve: {
    conditions: ["@opptrapping/source", "module", "node", "import", "default"],
  },
  ssr: {
    resolve: {
      conditions: ["@opptrapping/source", "module", "node", "import", "default"],
      externalConditions: ["@opptrapping/source"],
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "examples/**/*.test.ts"],
    typecheck: { enabled: false },
  },
});
