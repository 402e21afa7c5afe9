// Our tour of the reference client's pages (tour/), run like its suite (playwright.koprogo.config.ts).
// `run` copies tour/ to tests/koprogo-tour and this file next to the reference's playwright.config.ts.
import { defineConfig } from "@playwright/test";
import koprogo from "./playwright.koprogo.config";

export default defineConfig({
  ...koprogo,
  testDir: "./tests/koprogo-tour",
  // not test-results/, which holds the suite's report: Playwright empties its output directory first
  outputDir: "test-results-tour/artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results-tour/results.json" }]],
});
