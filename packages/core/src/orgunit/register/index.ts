/**
 * The bundled, versioned register of Norwegian org units (municipalities and counties from
 * SSB's KLASS, 2013–2026, with the code changes between them). A separate entry point, so the
 * data stays out of the main import: `import { bundledOrgUnitRegister } from "@opptrapping/core/orgunit-register"`.
 * @packageDocumentation
 */
export { bundledOrgUnitRegister, ssbSpecialRegionCodes } from "./bundledOrgUnitRegister.js";
