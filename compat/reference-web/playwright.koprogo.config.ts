// The reference's own configuration, as its suite ran it, with what this machine needs instead:
// Debian's chromium (Playwright's browser builds cannot be downloaded here), no video (it needs
// Playwright's own ffmpeg build), and one worker, no retries, so that each result counts once.
// `run` copies this file next to the reference's playwright.config.ts.
import { defineConfig } from "@playwright/test";
import reference from "./playwright.config";

export default defineConfig({
  ...reference,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    ...reference.use,
    video: "off",
    launchOptions: { executablePath: "/usr/bin/chromium" },
  },
});
