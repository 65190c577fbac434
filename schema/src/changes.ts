// What changed in the API schema since the last release: `corepack pnpm --filter @fabrique/schema run
// changes` (after `npm run compose`). Lists every change with its level, then what the stability test
// would refuse, with the changelog lines to paste; exits with 1 when it would.
import { checkCurrentSchema, stabilityProblems } from './stability';

checkCurrentSchema()
  .then((report) => {
    console.log(`${report.changes.length} change(s) since ${report.release}:`);
    for (const change of report.changes) console.log(`  ${change.level.padEnd(9)} ${change.coordinate} ${change.kind}`);
    const problems = stabilityProblems(report);
    console.log(problems ? `\n${problems}` : '\nNothing to record: the stability test passes.');
    if (problems) process.exitCode = 1;
  })
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
