// Our own tour of the reference client's pages, beyond its e2e suite (which only drives the admin's CRUD): each
// role signs in on the demo seed and opens its pages as a user would. A page passes when the API answered every
// call it made (no status of 400 or more), the page threw nothing, logged no error, and shows what it is for.
import { expect, test, type Page } from "@playwright/test";

type Trouble = string[];

/** The client's pages link a favicon its build does not contain: its 404 is the client's, not ours. */
const MISSING_FROM_THE_CLIENT = ["/favicon.svg"];

/** Records what went wrong while the page was open: failed requests, uncaught errors, console errors. */
function watch(page: Page): Trouble {
  const trouble: Trouble = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && !MISSING_FROM_THE_CLIENT.includes(path)) {
      trouble.push(`${response.request().method()} ${path} → ${response.status()}`);
    }
  });
  page.on("pageerror", (error) => trouble.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // the browser's own line for a failed request names no URL; the response listener above has it
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      trouble.push(`console error: ${message.text()}`);
    }
  });
  return trouble;
}

async function signIn(page: Page, email: string, password: string, home: RegExp) {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL(home);
  // the client syncs its data right after sign-in; leaving before it is done aborts those requests (logged as errors)
  await page.waitForLoadState("networkidle");
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test("a syndic's dashboard, buildings, units with their co-owners, owners with their units, expenses, meetings, documents", async ({ page }) => {
  const trouble = watch(page);
  await signIn(page, "syndic@grandplace.be", "syndic123", /\/syndic/);
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("lots au total")).toBeVisible();
  await expect(page.getByText("Erreur", { exact: true })).toHaveCount(0);

  await open(page, "/buildings");
  await expect(page.getByText("Résidence Grand Place").first()).toBeVisible();

  await open(page, "/units");
  await page.getByText("Copropriétaires").first().click();
  await expect(page.getByText("Copropriétaires actuels").first()).toBeVisible();

  await open(page, "/owners");
  await page.getByText("▶ Lots").first().click();
  await page.waitForLoadState("networkidle");

  await open(page, "/expenses");
  await expect(page.getByText("Pending").or(page.getByText("Paid")).first()).toBeVisible();

  await open(page, "/meetings");
  // the demo seed's meetings of this syndic, in KoproGo's own list component
  await expect(page.getByText("Assemblée Générale Ordinaire 2025").first()).toBeVisible();
  await expect(page.getByText("Assemblée Générale Extraordinaire - Travaux").first()).toBeVisible();

  await open(page, "/documents");
  // the demo seed's minutes and invoice, in KoproGo's document list
  await expect(page.getByText("Procès-verbal - Assemblée Générale Ordinaire 2025").first()).toBeVisible();
  await expect(page.getByText("Facture ASC-2025-023").first()).toBeVisible();
  expect(trouble).toEqual([]);
});

test("an accountant's dashboard and expenses", async ({ page }) => {
  const trouble = watch(page);
  await signIn(page, "comptable@grandplace.be", "comptable123", /\/accountant/);
  await open(page, "/expenses");
  expect(trouble).toEqual([]);
});

test("an owner's dashboard, and the export of their personal data", async ({ page }) => {
  const trouble = watch(page);
  await signIn(page, "proprietaire1@grandplace.be", "owner123", /\/owner/);
  await open(page, "/settings/gdpr");
  await page.getByTestId("gdpr-export-button").click();
  // KoproGo's panel shows the export's owner records and unit ownerships: this owner has both in the demo seed
  const exported = page.getByTestId("gdpr-export-modal");
  await expect(exported.getByText("proprietaire1@grandplace.be").first()).toBeVisible();
  await expect(exported.getByText(/Owner Records \([1-9]/)).toBeVisible();
  await expect(exported.getByText(/Unit Ownerships \([1-9]/)).toBeVisible();
  await page.getByTestId("gdpr-export-modal-close").click();
  expect(trouble).toEqual([]);
});

test("the superadmin's dashboard, seed page, organizations, users and the GDPR audit trail", async ({ page }) => {
  const trouble = watch(page);
  await signIn(page, "admin@koprogo.com", "admin123", /\/admin/);
  await page.waitForLoadState("networkidle");
  await open(page, "/admin/seed");
  await expect(page.getByText("syndic@grandplace.be").first()).toBeVisible();
  await open(page, "/admin/organizations");
  await expect(page.getByText("residence-grand-place")).toBeVisible();
  await open(page, "/admin/users");
  await expect(page.getByText("admin@koprogo.com").first()).toBeVisible();
  await open(page, "/admin/monitoring");
  await open(page, "/admin/gdpr");
  // the audit trail holds the owner's export of the test before
  await page.getByTestId("admin-gdpr-audit-toggle").click();
  await expect(page.getByTestId("admin-gdpr-audit-log-row").first()).toBeVisible();
  expect(trouble).toEqual([]);
});
