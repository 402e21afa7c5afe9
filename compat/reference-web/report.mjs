// Turns Playwright's JSON report into one line per test on the console and RESULTS.md. A failure's reason is
// Playwright's error plus the API answers of 400 and above that nginx logged while that test ran.
// Usage: node report.mjs RESULTS_JSON ACCESS_LOG OUTPUT_MD; the run's facts come in REPORT_* variables.
import { readFileSync, writeFileSync } from "node:fs";

const [resultsFile, accessLog, output] = process.argv.slice(2);
const results = JSON.parse(readFileSync(resultsFile, "utf-8"));
const ansi = /\u001b\[[0-9;]*m/g;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** nginx lines "$msec $status $method $uri" of API calls that were refused or failed. */
const apiErrors = readFileSync(accessLog, "utf-8").split("\n")
  .map((line) => line.split(" "))
  .filter(([, status, , uri]) => uri?.startsWith("/api/") && Number(status) >= 400)
  .map(([msec, status, method, uri]) => ({ at: Number(msec) * 1000, call: `${method} ${uri.replace(uuid, "{id}")} → ${status}` }));

function* tests(suite, path) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      yield { title: [...path, spec.title].join(" › "), file: spec.file, result: test.results.at(-1), status: test.status };
    }
  }
  for (const child of suite.suites ?? []) {
    yield* tests(child, [...path, child.title]);
  }
}

const rows = results.suites.flatMap((file) => [...tests(file, [])]).map(({ title, file, result, status }) => {
  const outcome = status === "skipped" ? "skipped" : result.status === "passed" ? "passed" : "failed";
  const start = result ? Date.parse(result.startTime) : 0;
  const end = start + (result?.duration ?? 0);
  return {
    title: `${file}: ${title}`,
    outcome,
    seconds: ((result?.duration ?? 0) / 1000).toFixed(1),
    error: outcome === "failed" ? (result.error?.message ?? result.status).replace(ansi, "").trim().split("\n").slice(0, 6).join("\n") : "",
    calls: outcome === "failed" ? [...new Set(apiErrors.filter(({ at }) => at >= start && at <= end).map(({ call }) => call))] : [],
  };
});

const count = (outcome) => rows.filter((row) => row.outcome === outcome).length;
const summary = `${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`;
for (const row of rows) {
  console.log(`${row.outcome.toUpperCase().padEnd(7)} ${row.title} (${row.seconds} s)`);
}
console.log(summary);

const env = process.env;
const markdown = [
  "# The reference's end-to-end suite against KoproGo",
  "",
  `Written by \`compat/reference-web/run\` on ${env.REPORT_DATE}.`,
  "",
  `- Reference: gilmry/koprogo \`${env.REPORT_REFERENCE}\`, its \`frontend/tests/e2e\` unchanged, run through \`playwright.koprogo.config.ts\``,
  `- KoproGo: \`${env.REPORT_PLATFORM}\``,
  `- Machine: ${env.REPORT_MACHINE}`,
  `- Result: **${summary}**`,
  "",
  "| test | result | time |",
  "|---|---|---|",
  ...rows.map((row) => `| ${row.title} | ${row.outcome} | ${row.seconds} s |`),
  "",
  ...rows.filter((row) => row.outcome === "failed").flatMap((row) => [
    `## Failed: ${row.title}`,
    "",
    "```",
    row.error,
    "```",
    "",
    row.calls.length ? "API answers of 400 and above during the test:" : "No API answer of 400 or above during the test.",
    "",
    ...row.calls.map((call) => `- \`${call}\``),
    "",
  ]),
].join("\n");
writeFileSync(output, markdown);
