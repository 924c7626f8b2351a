import { defineConfig, type Options } from "tsup";

/**
 * The one build recipe every package uses: ESM + CJS with matching `.d.ts`/`.d.cts`.
 * Declarations resolve workspace dependencies through their built `dist/` (not the private
 * source condition), so each package's types import its dependencies instead of inlining them.
 */
export function packageBuild(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    ...extra,
  });
}
