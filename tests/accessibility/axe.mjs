// Run axe-core on HTML files in Debian's headless Chromium; print one JSON object.
//
//   node axe.mjs page1.html page2.html ...
//
// Every WCAG 2.x A and AA rule and every best-practice rule is run. Nothing is
// fetched from the network: Chromium is /usr/bin/chromium (or $CHROMIUM), started
// with its background networking off, and the pages are local files.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "drafter-axe-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
  ],
});
const results = {};
try {
  const page = await browser.newPage();
  for (const file of process.argv.slice(2)) {
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, {
        runOnly: {
          type: "tag",
          values: [
            "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice",
          ],
        },
        resultTypes: ["violations"],
      }),
    );
    results[file] = found.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
