// The named export, not the default: decimal.js's one declaration file is typed as CommonJS,
// so under `moduleResolution: node16/nodenext` an ES module's default import of it is the whole
// `module.exports` namespace, and a declaration saying `type Decimal = <that default>` fails to
// compile (TS2709) or, with skipLibCheck, quietly becomes `any`. The named export is the class
// itself in every resolution mode and at runtime (decimal.js sets `Decimal.Decimal = Decimal`).
import { Decimal as DecimalJs } from "decimal.js";

/**
 * The library's own decimal.js constructor: 40 significant digits, rounding half to even,
 * plain notation (no exponents) for anything with up to 40 integer or fraction digits.
 *
 * It is a clone made from decimal.js's defaults (`defaults: true`), so configuring the global
 * `Decimal` (`Decimal.set(...)`) before or after importing this library changes none of our
 * results. Money values are instances of it; any decimal.js instance is accepted as input.
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * new Decimal("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export const Decimal = DecimalJs.clone({
  defaults: true,
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/**
 * A decimal.js value (from our constructor or any other decimal.js clone).
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * const amount: Decimal = new Decimal("60000000");
 * ```
 */
export type Decimal = DecimalJs;
