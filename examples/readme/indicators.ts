import { assess, type Assessment } from "@opptrapping/indicators";
import { observations, plan, target } from "@opptrapping/psykisk-helse";

// R5: waiting time in mental health care for children and youth (PHBU) below 35 days.
const a: Assessment = assess(target("R5.phbu"), observations(), { asOf: "2026-01", plan: plan() });
console.log(a.status, a.value, a.targetValue); // atRisk 37.5 35
console.log(a.explanation.en); // R5.phbu: at risk. Latest value 37.5 days (2025-06/2025-12), target value 35 days. …
