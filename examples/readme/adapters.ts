import { fromCsv } from "@opptrapping/adapters/csv";

// Synthetic figures, in the shape of an SSB CSV export (semicolons, decimal commas).
const csv = "Region;Periode;Ventetid\nHelse Vest;2025T2;41,5\nHelse Nord;2025T2;38,0\n";
const { observations } = fromCsv(csv, {
  indicator: { fixed: "R5.wait" },
  period: { from: "Periode" },
  orgUnit: { from: "Region" },
  dimensions: { service: { fixed: "PHBU" } },
  columns: { value: "Ventetid" },
});
console.log(observations.map((o) => `${o.orgUnit} ${o.period} ${o.value} (synthetic)`));
// [ 'rhf-vest 2025T2 41.5 (synthetic)', 'rhf-nord 2025T2 38 (synthetic)' ]
