/**
 * `npm test`: unit (Vitest), integration (Vitest against a real PostgreSQL) and end-to-end
 * (Playwright driving Chromium) suites, one after the other. Every suite runs even if an earlier
 * one failed; the last line adds them up as `N passed, N failed, N skipped`, and the exit code is
 * non-zero if anything failed or a suite could not run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Counts = { passed: number; failed: number; skipped: number; ran: boolean };
const OUT = path.resolve(".test-results");
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function vitestSuite(project: string): Counts {
  const file = path.join(OUT, `${project}.json`);
  const code = run("npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${file}`,
  ]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, ran: false };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A file that failed to load (setup error) has no failed tests of its own: count it as one.
  const failed =
    report.numFailedTests + (report.numFailedTests === 0 && code !== 0 ? Math.max(1, report.numFailedTestSuites) : 0);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, ran: true };
}

function playwrightSuite(): Counts {
  const file = path.join(OUT, "e2e.json");
  const code = run("npx", ["playwright", "test"], { PW_JSON_OUTPUT: file });
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, ran: false };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const setupFailed = code !== 0 && unexpected === 0 ? 1 : 0;
  return { passed: expected, failed: unexpected + flaky + setupFailed, skipped, ran: true };
}

const only = process.argv.slice(2);
const suites: Array<[string, () => Counts]> = [
  ["unit", () => vitestSuite("unit")],
  ["integration", () => vitestSuite("integration")],
  ["e2e", playwrightSuite],
];
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
for (const [name, suite] of suites) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} tests ===`);
  const counts = suite();
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(
    `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${counts.ran ? "" : " (the suite did not run)"}`,
  );
}
console.log(`\n${lines.join("\n")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
