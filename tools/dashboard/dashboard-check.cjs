// Drives the admin-api dashboard in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; no browser download) and prints one "ok     NAME" / "FAILED NAME" line per
// check for tools/dashboard-test.sh. Steps are coordinated with the shell script through files:
//   node dashboard-check.cjs URL EXPECTED_SERVERS SHOT_DIR STEP_DIR
// After the first checks it writes STEP_DIR/stop-one and waits for STEP_DIR/stopped (the script
// has stopped one gateway), then expects EXPECTED_SERVERS - 1 rows.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [url, expectedArg, shotDir, stepDir] = process.argv.slice(2);
const expected = Number(expectedArg);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
let failed = 0;

function check(ok, name, detail) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}`);
  if (!ok) {
    failed++;
    if (detail) console.log(`       ${detail}`);
  }
  return ok;
}

/** Waits until fn() (run in the page) returns something truthy; false on timeout. */
async function until(page, fn, arg, ms) {
  try {
    await page.waitForFunction(fn, arg, { timeout: ms, polling: 200 });
    return true;
  } catch {
    return false;
  }
}

async function waitForFile(file, ms) {
  const deadline = Date.now() + ms;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

const rows = (page) =>
  page.$$eval('#servers tbody tr', (trs) => trs.map((tr) => ({ server: tr.dataset.server, cells: [...tr.cells].map((c) => c.textContent) })));

async function main() {
  fs.mkdirSync(shotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 760 } });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const response = await page.goto(`${url}/?refresh=1000`);
    check(response && response.status() === 200, 'dashboard page loads (200)');
    const listed = await until(page, (n) => document.querySelectorAll('#servers tbody tr').length === n, expected, 30000);
    check(listed, `dashboard lists the ${expected} servers`, JSON.stringify(await rows(page)));
    // Rates need two scrapes of each node: the first answer comes about a second after the first poll.
    const rated = await until(
      page,
      () => [...document.querySelectorAll('#servers tbody td.rps')].every((td) => /^\d+\.\d$/.test(td.textContent)),
      undefined,
      20000,
    );
    check(rated, 'every server shows a request rate (requests/s)', JSON.stringify(await rows(page)));
    const stamp1 = await page.textContent('#stamp');
    await page.waitForTimeout(2500);
    const stamp2 = await page.textContent('#stamp');
    check(stamp1 !== stamp2 && (await page.url()) === `${url}/?refresh=1000`, 'the page refreshes in place (no reload)', `${stamp1} / ${stamp2}`);
    // Traffic from the shell script (a short YCSB load) shows up as a non-zero rate and a p99.
    if (process.env.EXPECT_TRAFFIC === '1') {
      const busy = await until(
        page,
        () =>
          [...document.querySelectorAll('#servers tbody tr')].some(
            (tr) => Number(tr.querySelector('td.rps').textContent) >= 20 && /^\d/.test(tr.querySelector('td.p99').textContent),
          ),
        undefined,
        150000,
      );
      check(busy, 'a server under load shows a request rate of at least 20/s and a p99 latency', JSON.stringify(await rows(page)));
    }
    await page.screenshot({ path: path.join(shotDir, 'dashboard.png'), fullPage: true });
    const before = (await rows(page)).map((r) => r.server);

    fs.writeFileSync(path.join(stepDir, 'stop-one'), '');
    check(await waitForFile(path.join(stepDir, 'stopped'), 90000), 'the test script stopped one gateway');
    const gone = await until(page, (n) => document.querySelectorAll('#servers tbody tr').length === n, expected - 1, 45000);
    const after = (await rows(page)).map((r) => r.server);
    check(gone && before.filter((s) => !after.includes(s)).length === 1, 'the stopped server disappears from the dashboard', `before ${before} after ${after}`);
    await page.screenshot({ path: path.join(shotDir, 'dashboard-after-stop.png'), fullPage: true });
    check(pageErrors.length === 0, 'no script errors in the page', pageErrors.join('; '));
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(failed ? 1 : 0),
  (e) => {
    check(false, 'dashboard check ran', e.stack);
    process.exit(1);
  },
);
