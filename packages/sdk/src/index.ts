/**
 * @packageDocumentation
 * The plugin contract of opptrapping: extension points (target assessors, status rules,
 * indicator calculators, data adapters), `definePlugin`, and `createToolkit` to compose them.
 * The built-in goal logic and adapters are plugins written against this same contract.
 */
export * from "./assessment.js";
export * from "./extensions.js";
export { createMeasurement } from "./measurement.js";
export { definePlugin, PluginDefinitionError, type Plugin, type PluginOption } from "./plugin.js";
export {
  createToolkit,
  MissingExtensionError,
  PluginError,
  ToolkitConflictError,
  type CalculatorById,
  type CalculatorOf,
  type FormatOf,
  type PluginsIn,
  type RuleIdOf,
  type Toolkit,
  type ToolkitOptions,
} from "./toolkit.js";
