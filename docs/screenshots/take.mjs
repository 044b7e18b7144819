// Screenshots of a product whose optional fields are all empty: board, TV, review, and two boards + a TV after a
// burst of moves from a script (it prints whether each board shows every card in the column the API says).
// Usage, with the app running (./run) and Debian's Chromium: npm install playwright-core (no browser download:
// PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1), then node docs/screenshots/take.mjs http://localhost:8080 <admin password> docs/screenshots
import { chromium } from 'playwright-core';
const [base, password, out] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from('admin:' + password).toString('base64');
async function api(method, path, body) {
  const r = await fetch(base + '/api/v1' + path, { method, headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (r.status >= 400) throw new Error(method + ' ' + path + ' -> ' + r.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}
const key = 'BARE' + Math.floor(Math.random() * 900 + 100);
await api('POST', '/products', { key, name: 'Bare product' });
const titles = ['Sign up with only an email', 'Fix the broken export link', 'Show the price per seat', 'Search the backlog'];
const keys = [];
for (const [i, title] of titles.entries()) keys.push((await api('POST', `/products/${key}/items`, { kind: i === 1 ? 'BUG' : 'STORY', title })).key);
const sprint = await api('POST', `/products/${key}/sprints`, { name: 'Sprint 1', start: new Date().toISOString().slice(0, 10), end: new Date(Date.now() + 13 * 86400000).toISOString().slice(0, 10) });
for (const k of keys.slice(0, 3)) await api('POST', `/sprints/${sprint.id}/items`, { itemKey: k });
await api('POST', `/sprints/${sprint.id}/start`);
const tasks = [];
for (const k of keys.slice(0, 3)) for (const t of ['Write it', 'Test it']) tasks.push(await api('POST', `/items/${k}/tasks`, { title: t + ' (' + k + ')' }));
const display = await api('POST', `/products/${key}/displays`, { name: 'Team room' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
async function login(context) {
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return page;
}
const one = await login(await browser.newContext({ viewport: { width: 1440, height: 900 } }));
await one.goto(`${base}/products/${key}/board`);
await one.screenshot({ path: `${out}/board-empty-fields.png`, fullPage: true });
const two = await login(await browser.newContext({ viewport: { width: 1280, height: 800 } }));
await two.goto(`${base}/products/${key}/board`);
const tv = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
await tv.goto(base + display.url);
await tv.waitForTimeout(1500);
await tv.screenshot({ path: `${out}/tv-empty-fields.png` });
// A burst of moves from a script, while both boards and the TV are open.
const columns = ['IN_PROGRESS', 'REVIEW', 'DONE', 'IN_PROGRESS'];
let version = {};
for (const t of tasks) version[t.id] = t.version;
for (let round = 0; round < 4; round++) {
  for (const t of tasks.slice(0, 5)) {
    const moved = await api('POST', `/tasks/${t.id}/move`, { column: columns[(round + t.id) % columns.length], version: version[t.id] });
    version[t.id] = moved.version;
  }
}
await one.waitForTimeout(2500);
const board = await api('GET', `/sprints/${sprint.id}/board`);
const truth = {};
for (const lane of board.lanes) for (const t of lane.tasks) truth[t.id] = t.column;
for (const [name, page] of [['one', one], ['two', two]]) {
  const shown = await page.$$eval('[data-task-id]', els => els.map(e => [e.dataset.taskId, e.closest('[data-column]')?.dataset.column]));
  const wrong = shown.filter(([id, col]) => truth[id] !== col);
  console.log(`board ${name}: ${shown.length} cards, ${wrong.length} in the wrong column`, wrong);
  await page.screenshot({ path: `${out}/board-${name}-after-burst.png`, fullPage: true });
}
await tv.waitForTimeout(500);
await tv.screenshot({ path: `${out}/tv-after-burst.png` });
const review = await login(await browser.newContext({ viewport: { width: 1440, height: 900 } }));
await review.goto(`${base}/products/${key}/sprints/${sprint.id}/review`);
await review.screenshot({ path: `${out}/review-empty-fields.png`, fullPage: true });
console.log('truth', truth);
await browser.close();
