import { formatMoney, money, nok, parsePeriod, periodBounds } from "@opptrapping/core";

// Periods as the statistics use them: tertials, school years, ranges.
const tertial = parsePeriod("2025T2");
console.log(tertial.kind, periodBounds(tertial)); // tertial { start: '2025-05-01', end: '2025-08-31' }

// Money is exact (decimal.js), never a float.
const total = nok.sum([money("1200000000"), "0.1", "0.2"]);
console.log(total.toString()); // 1200000000.3
console.log(formatMoney("60000000", { locale: "en" })); // NOK 60 million (with no-break spaces)
