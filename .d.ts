import { report } from "./packages/report/src/fixtures.test-fixture.js";
const r = report((process.argv[2] ?? "nb") as "nb");
const phbu = r.areas.flatMap(a=>a.goals).find(g=>g.id==="R5")!.targets[0]!;
console.log(r.headline.text, r.axis);
console.log(phbu.explanation);
console.log(JSON.stringify({...phbu.chart, axis: undefined}, null, 0));
