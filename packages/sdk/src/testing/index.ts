/**
 * @packageDocumentation
 * Conformance kit for plugin authors: run it in your own test suite to check that your
 * assessors, status rules, calculators and adapters keep the contract.
 */
export {
  assertPluginConformance,
  checkPluginConformance,
  ConformanceError,
  findNonFinite,
  type ConformanceCheck,
  type ConformanceOptions,
  type ConformanceReport,
} from "./checks.js";
export { prng, sampleIndicator, sampleMeasurements, sampleOptions, sampleSeries, sampleTarget } from "./fixtures.js";
// What the sample fixtures return, so naming them needs no second import.
export type { Measurement, Series } from "../assessment.js";
export type { Target } from "@opptrapping/core";
