import { goal, indicator, plan, target } from "@opptrapping/psykisk-helse";

console.log(plan().resultGoals.length); // 8
console.log(goal("R5").targets.map((t) => t.id)); // [ 'R5.phbu', 'R5.phv', 'R5.tsb' ]
const phbu = target("R5.phbu"); // typed as a threshold target; a misspelt id does not compile
console.log(phbu.comparator, phbu.value, indicator(phbu.indicatorId).unit); // < 35 days
