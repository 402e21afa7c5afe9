// Turns Playwright's JSON report into one line per test on the console and RESULTS.md. A failure's reason is
// Playwright's error plus the API answers of 400 and above that nginx logged while that test ran: from its
// start to the next test's (one worker; the clocks of nginx and Playwright's workers differ slightly).
// Usage: node report.mjs RESULTS_JSON ACCESS_LOG OUTPUT_MD; the run's facts (and the report's title and what
// ran) come in REPORT_* variables.
import { readFileSync, writeFileSync } from "node:fs";

const [resultsFile, accessLog, output] = process.argv.slice(2);
const results = JSON.parse(readFileSync(resultsFile, "utf-8"));
const ansi = /\u001b\[[0-9;]*m/g;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** nginx lines "$msec $status $method $uri". */
const requests = readFileSync(accessLog, "utf-8").split("\n").filter(Boolean)
  .map((line) => line.split(" "))
  .map(([msec, status, method, uri]) => ({ at: Number(msec) * 1000, status: Number(status), method, uri }));

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

const ran = results.suites.flatMap((file) => [...tests(file, [])]);
const starts = ran.filter(({ status }) => status !== "skipped").map(({ result }) => Date.parse(result.startTime));
const rows = ran.map(({ title, file, result, status }) => {
  const outcome = status === "skipped" ? "skipped" : result.status === "passed" ? "passed" : "failed";
  const start = result ? Date.parse(result.startTime) : 0;
  const end = Math.min(...starts.filter((next) => next > start), Infinity);
  const during = requests.filter(({ at }) => at >= start && at < end);
  return {
    title: `${file}: ${title}`,
    outcome,
    seconds: ((result?.duration ?? 0) / 1000).toFixed(1),
    error: outcome === "failed" ? (result.error?.message ?? result.status).replace(ansi, "").trim().split("\n").slice(0, 6).join("\n") : "",
    calls: [...new Set(during.filter(({ uri, status }) => uri.startsWith("/api/") && status >= 400)
      .map(({ method, uri, status }) => `${method} ${uri.replace(uuid, "{id}")} → ${status}`))],
    // the form's own submission, which only happens when the click came before the client took the form over
    nativeSignIn: during.some(({ method, uri }) => method === "GET" && uri === "/login?"),
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
  `# ${env.REPORT_TITLE}`,
  "",
  `Written by \`compat/reference-web/run\` on ${env.REPORT_DATE}.`,
  "",
  `- Reference: gilmry/koprogo \`${env.REPORT_REFERENCE}\`, ${env.REPORT_SUITE}`,
  `- KoproGo: ${env.REPORT_PLATFORM}`,
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
    ...(row.nativeSignIn ? ["- the browser submitted the login form itself (`GET /login?`): the click came before the client had hydrated it, so no sign-in was sent"] : []),
    "",
  ]),
].join("\n");
writeFileSync(output, markdown);
