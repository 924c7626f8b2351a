/**
 * Validates the bundled plan and observations once, here, and writes what validation returns
 * (defaults filled in, money as Decimal) to packages/psykisk-helse/src/checkedData.ts, which
 * `plan()` and `observations()` ship instead of running zod in every app that embeds them.
 * Run: pnpm generate:checked-data (after changing the bundled data or core's schemas);
 * packages/psykisk-helse/src/checkedData.test.ts fails until you do.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkedDataSource } from "../packages/psykisk-helse/src/checkedDataSource.test-fixture.js";

const target = fileURLToPath(new URL("../packages/psykisk-helse/src/checkedData.ts", import.meta.url));
writeFileSync(target, checkedDataSource());
console.log(`wrote ${target}`);
