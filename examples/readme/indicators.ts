import { assess, type Assessment } from "@opptrapping/indicators";
import { observations, plan, target } from "@opptrapping/psykisk-helse";

// R5: waiting time in substance-use treatment (TSB) below 30 days.
const a: Assessment = assess(target("R5.tsb"), observations(), { asOf: "2026-01", plan: plan() });
console.log(a.status, a.value, a.targetValue); // offTrack 33 30
console.log(a.explanation.en); // R5.tsb: off track. Latest value 33 days (2023), target value 30 days. …
