import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `import { z } from "zod"` pulls in every zod locale (about 260 KB) and defeats the bundle budget
// (pnpm bench:bundle); `import * as z from "zod"` does not. This keeps it so in every package.
const packagesDir = new URL("../../", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("zod imports", () => {
  it("every package's source imports zod as a namespace, never the named `z` that brings all locales", () => {
    const offenders = readdirSync(packagesDir)
      .flatMap((pkg) => {
        try {
          return sources(join(packagesDir, pkg, "src"));
        } catch {
          return [];
        }
      })
      .filter((file) => /import\s*\{\s*z\s*\}\s*from\s*"zod"/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
