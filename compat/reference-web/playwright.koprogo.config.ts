// The reference's own configuration, as its suite ran it, with what this machine needs instead:
// Debian's chromium (Playwright's browser builds cannot be downloaded here), no video (it needs
// Playwright's own ffmpeg build), and one worker, no retries, so that each result counts once.
// slowMo: the admin tests sign in right after DOMContentLoaded; on a busy 2-core machine the click could come
// before Svelte had hydrated the login form, which the browser then submitted natively (GET /login?) without
// signing in. A pause between actions gives the client the time the reference's machines gave it.
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
    launchOptions: { executablePath: "/usr/bin/chromium", slowMo: 250 },
  },
});
