import { assess, builtinPlugins } from "@opptrapping/indicators";
import { observations, plan, target } from "@opptrapping/psykisk-helse";
import { createToolkit } from "@opptrapping/sdk";
import { acme } from "./acme.js";

const toolkit = createToolkit({ plugins: [builtinPlugins, acme] });
const a = assess(target("R5.tsb"), observations(), { asOf: "2026-01", plan: plan(), toolkit, rule: "strict" });
console.log(a.rule, a.status); // strict offTrack (33 days is not below 30)
console.log(toolkit.calculator("days-over").calculate({ days: [30, 41.5], limit: 35 })); // [ 0, 6.5 ]
