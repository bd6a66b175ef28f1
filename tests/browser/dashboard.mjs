// The dashboard in a real Chromium (Debian's, driven by playwright-core), run by
// tests/browser.rs beside the bot and the Discord emulator. Every step checks what a person
// would see; a screenshot of each page goes to $SHOTS. Any failed check, page error or
// JavaScript dialog (hostile member text that ran) exits non-zero with the reason.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set (tests/browser.rs sets it)`);
  return v;
};
const BASE = env("DASH_URL");
const GUILD = env("GUILD");
const LINK = env("LINK");
const SHOTS = env("SHOTS");
const GAP = env("GAP_WORD");
mkdirSync(SHOTS, { recursive: true });

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"],
});
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("dialog", async (d) => { problems.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  const shot = async (name, p = page) => {
    await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    console.log(`screenshot: ${SHOTS}/${name}.png`);
  };
  const text = async () => (await page.textContent("body")) ?? "";

  // 1. Sign in with Discord (the emulator's consent screen approves as the moderator).
  await page.goto(`${BASE}/login`);
  await shot("01-login");
  await page.click("text=Sign in with Discord");
  await page.waitForURL(`${BASE}/g/${GUILD}`);
  check((await text()).includes("mod-max"), "signed in with Discord as mod-max");
  check((await text()).includes("moderator"), "as a moderator");

  // 2. The overview: KPI cards and SVG charts.
  check((await text()).includes("Tickets opened"), "the overview shows tickets opened");
  check(await page.locator("svg.chart").count() >= 4, "the overview draws its charts");
  await page.click("text=last 7 days");
  check(page.url().endsWith("?days=7"), "the period is in the URL");
  await shot("02-overview");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot("03-overview-dark");
  await page.emulateMedia({ colorScheme: "light" });
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`${BASE}/g/${GUILD}`);
  await shot("04-overview-phone", phone);
  await phone.close();

  // 3. Tickets: filter by status, open one, read its transcript.
  await page.click("nav.tabs >> text=Tickets");
  check((await text()).includes("printer on fire"), "the list shows the tickets");
  check((await page.content()).includes("&lt;script&gt;"), "a hostile topic is shown as text");
  await page.selectOption("select[name=status]", "closed");
  await page.click("button:has-text('Filter')");
  check(page.url().includes("status=closed"), "the filter is in the URL");
  check((await text()).includes("printer on fire"), "the closed ticket is listed");
  check(!(await text()).includes("cannot log in"), "an open ticket is not");
  await shot("05-tickets-closed");
  await page.click("table a:has-text('1')");
  await page.waitForURL(/\/tickets\/\d+$/);
  check((await text()).includes("On it: unplug it first."), "the transcript shows the agent's answer");
  await shot("06-ticket");

  // 4. The knowledge base's test box.
  await page.click("nav.tabs >> text=Knowledge base");
  await page.fill("input[name=q]", "how do I reset my password?");
  await page.click("button:has-text('Test')");
  check(page.url().includes("q=how"), "the question is in the URL");
  check(/password/i.test(await text()), "the test box shows the entry that would answer");
  await shot("07-kb-test");

  // 5. A gap becomes an entry.
  await page.click("nav.tabs >> text=Gaps");
  check((await text()).toLowerCase().includes(GAP), `the gaps group the ${GAP} questions`);
  await shot("08-gaps");
  const form = page.locator("form", { has: page.locator("button:has-text('Create the entry')") }).first();
  await form.locator("input[name=id]").fill(`${GAP}-help`);
  await form.locator("input[name=title]").fill(`Changing your ${GAP}`);
  await form.locator("textarea[name=answer]").fill(`Open Settings, then Profile, and pick a new ${GAP}.`);
  await form.locator("button:has-text('Create the entry')").click();
  await page.waitForLoadState();
  check((await text()).includes(`${GAP}-help`), "the new entry is listed");
  await shot("09-entry-created");

  // 6. Sign out; a one-time link signs the local administrator in; a setting changes.
  await page.click("button:has-text('Sign out')");
  await page.waitForURL(/\/login\?m=signed_out$/);
  await page.goto(LINK);
  await page.click("button:has-text('Sign in')");
  await page.waitForURL(`${BASE}/g/${GUILD}`);
  await page.click("nav.tabs >> text=Settings");
  await page.fill("input[name=max_open_tickets]", "4");
  await page.click("button:has-text('Save changes')");
  check((await text()).includes("1 setting saved."), "the setting is saved");
  await shot("10-settings");
  await page.click("nav.tabs >> text=Audit log");
  check((await text()).includes("max_open_tickets"), "the audit log shows the change");
  await shot("11-audit");

  // 7. The dashboard in German: a browser whose language is German (Accept-Language) gets
  //    German pages, signing in included; the language menu switches it to French.
  const de = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
  const dp = await de.newPage();
  dp.on("dialog", async (d) => { problems.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  dp.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  dp.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  const deText = async () => (await dp.textContent("body")) ?? "";
  const lang = async () => dp.getAttribute("html", "lang");
  const h1 = async () => ((await dp.textContent("h1")) ?? "").trim();
  await dp.goto(`${BASE}/login`);
  check(await lang() === "de", "the login page follows the browser's language (de)");
  check(await h1() === "Anmelden", "the login page's heading is German");
  await shot("12-de-login", dp);
  await dp.click("text=Mit Discord anmelden");
  await dp.waitForURL(`${BASE}/g/${GUILD}`);
  check(await lang() === "de", "the overview is German");
  check(await h1() === "Übersicht", "the overview's heading is German");
  check((await deText()).includes("Eröffnete Tickets"), "the KPI cards are German");
  check((await dp.locator("h2", { hasText: "Eröffnete Tickets pro Tag" }).count()) === 1,
        "the charts' headings are German");
  await shot("13-de-overview", dp);
  await dp.click("nav.tabs >> text=Tickets");
  check(await h1() === "Tickets", "the tickets page");
  check(await dp.locator("th", { hasText: "Bearbeitet von" }).count() === 1, "the tickets table's headings are German");
  check((await deText()).includes("Als CSV herunterladen"), "the tickets page is German");
  check((await deText()).includes("printer on fire"), "the German list shows the tickets");
  await shot("14-de-tickets", dp);
  // The menu (sent by the page's script when a language is chosen) makes it French, here
  // and on every later page, whatever the browser asks for.
  await dp.selectOption("select[name=lang]", "fr");
  await dp.waitForFunction(() => document.documentElement.lang === "fr");
  check(dp.url().endsWith(`/g/${GUILD}/tickets`), "the menu comes back to the same page");
  check((await deText()).includes("Télécharger en CSV"), "the tickets page is French");
  check(await dp.locator("th", { hasText: "Pris en charge par" }).count() === 1, "the tickets table's headings are French");
  await shot("15-fr-tickets", dp);
  await dp.click("nav.tabs >> text=Vue d'ensemble");
  check(await h1() === "Vue d'ensemble", "the overview's heading is French");
  check(await lang() === "fr", "the choice stays with the session");
  await shot("16-fr-overview", dp);
  await de.close();

  check(problems.length === 0, `no page error, console error or dialog (${problems.join("; ")})`);
} catch (e) {
  console.error(e.stack || String(e));
  if (problems.length) console.error(`also: ${problems.join("; ")}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
