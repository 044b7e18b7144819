// A stand-up on a seeded board of 12 stories and 50 tasks, as a Scrum Master runs it at 1440x900: the board's header
// and first screen, the whole board, a blocked and an aging card, the changed-since marks, and each step of stand-up
// mode, and the TV following it. It prints how many screens the open work takes (the lanes not yet done).
//
// The board's history is made to look like a sprint in its sixth day: the app must run on an H2 file that a second
// process can open (AUTO_SERVER), so the script can move the seeded history back in time before any page is shown:
//   QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:/tmp/standup-data/onebacklog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE" \
//     ONEBACKLOG_DATA_DIR=/tmp/standup-data ONEBACKLOG_ADMIN_PASSWORD=admin-secret ./run
//   node docs/screenshots/standup.mjs http://localhost:8080 admin-secret docs/screenshots/standup ~/.m2/.../h2-<v>.jar
// Needs playwright-core from npm (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1) and Debian's Chromium.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const [base, password, out, h2jar] = process.argv.slice(2);
const jdbc = 'jdbc:h2:file:/tmp/standup-data/onebacklog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE';
const users = {};
// A password PasswordPolicy accepts: long enough, without the person's name in it.
function passwordOf(user) { return 'sprint-' + (user.length * 7919) + '-key'; }
function authOf(user) { return 'Basic ' + Buffer.from(user + ':' + (user === 'admin' ? password : passwordOf(user))).toString('base64'); }
async function api(method, path, body, user = 'admin') {
  const r = await fetch(base + '/api/v1' + path, { method, headers: { Authorization: authOf(user), 'Content-Type': 'application/json', Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (r.status >= 400) throw new Error(method + ' ' + path + ' -> ' + r.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}
function sql(statement) {
  execFileSync('java', ['-cp', h2jar, 'org.h2.tools.Shell', '-url', jdbc, '-user', 'sa', '-sql', statement], { stdio: 'inherit' });
}
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

const key = 'SHOP' + Math.floor(Math.random() * 90 + 10);
await api('POST', '/products', { key, name: 'Webshop' });
const people = ['dana', 'jonas', 'mei', 'ola'];
for (const p of people) await api('POST', `/products/${key}/members`, { username: p, role: 'DEVELOPER', password: passwordOf(p) });
const stories = ['Checkout with a saved card', 'Peer review of orders', 'Gift wrapping option', 'Search by colour',
  'Order history page', 'Invoice as PDF', 'Wish list sharing', 'Stock alerts by email', 'Guest checkout',
  'Returns in two clicks', 'Delivery slot picker', 'Price in local currency'];
const items = [];
for (const title of stories) items.push((await api('POST', `/products/${key}/items`, { kind: 'STORY', title, estimate: 3 })).key);
const sprint = await api('POST', `/products/${key}/sprints`, { name: 'Sprint 14', goal: 'A customer can buy, track and return an order without calling us', start: day(-5), end: day(8), capacity: 60 });
for (const k of items) await api('POST', `/sprints/${sprint.id}/items`, { itemKey: k });
await api('POST', `/sprints/${sprint.id}/start`);
const taskTitles = ['Design the form', 'API endpoint', 'Write the tests', 'Review and merge', 'Update the help page'];
// 50 tasks: the first 2 stories done, the rest at every stage; four people and some unassigned work.
const plan = [];
let n = 0;
for (const [i, k] of items.entries()) {
  const count = i < 2 ? 4 : i % 3 === 0 ? 5 : 4;
  for (let t = 0; t < count && n < 50; t++, n++) {
    const column = i < 2 ? 'DONE' : ['DONE', 'IN_PROGRESS', 'REVIEW', 'TODO', 'TODO'][(t + i) % 5];
    const assignee = column === 'TODO' && n % 3 === 0 ? null : people[n % people.length];
    plan.push({ item: k, title: taskTitles[t], column, assignee });
  }
}
while (n < 50) { plan.push({ item: items[11], title: 'Extra check ' + n, column: 'TODO', assignee: null }); n++; }
const tasks = [];
for (const p of plan) {
  let task = await api('POST', `/items/${p.item}/tasks`, { title: p.title, estimate: 2, ...(p.assignee ? { assignee: p.assignee } : {}) });
  if (p.column !== 'TODO') {
    if (p.column === 'DONE') task = await api('POST', `/tasks/${task.id}/move`, { column: 'IN_PROGRESS', version: task.version });
    task = await api('POST', `/tasks/${task.id}/move`, { column: p.column, version: task.version });
  }
  tasks.push({ ...task, plan: p });
}
const started = tasks.filter((t) => t.plan.column === 'IN_PROGRESS');
await api('POST', `/tasks/${started[1].id}/block`, { reason: 'Waiting for the payment provider\'s sandbox key' }, started[1].plan.assignee);
// Everything so far happened days ago: the sprint began five days back, the work two to four days back.
sql(`update history_event set happened_at = dateadd('DAY', -4, happened_at) where product_id = (select id from product where product_key = '${key}');`
  + `update task set updated_at = dateadd('DAY', -3, updated_at), in_column_since = dateadd('DAY', -(3 + mod(id, 4)), in_column_since), blocked_at = dateadd('DAY', -2, blocked_at) where item_id in (select id from backlog_item where product_id = (select id from product where product_key = '${key}'));`);
// Since the last stand-up (this morning): a few moves, a new block.
const fresh = tasks.filter((t) => t.plan.column === 'TODO' && t.plan.assignee).slice(0, 4);
for (const t of fresh) {
  const now = await api('GET', `/tasks/${t.id}`);
  await api('POST', `/tasks/${t.id}/move`, { column: 'IN_PROGRESS', version: now.version }, t.plan.assignee);
}
const review = tasks.filter((t) => t.plan.column === 'REVIEW').slice(0, 2);
for (const t of review) {
  const now = await api('GET', `/tasks/${t.id}`);
  await api('POST', `/tasks/${t.id}/move`, { column: 'DONE', version: now.version }, t.plan.assignee);
}
const product = await api('GET', `/products/${key}`);
const hour = new Date().getUTCHours();
await api('PATCH', `/products/${key}`, { standupTime: String(Math.max(0, hour - 1)).padStart(2, '0') + ':00', agingDays: 2, version: product.version });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(base + '/login');
await page.fill('#username', 'admin');
await page.fill('#password', password);
await Promise.all([page.waitForURL('**/products'), page.click('button[type=submit]')]);
await page.goto(`${base}/products/${key}/board`);
await page.screenshot({ path: `${out}/standup-board-first-screen.png` });
await page.screenshot({ path: `${out}/standup-board-whole.png`, fullPage: true });
const open = await page.$$eval('.lane', (lanes) => {
  const openLanes = lanes.filter((l) => !l.classList.contains('is-finished') && !l.hasAttribute('data-finished'));
  const last = openLanes[openLanes.length - 1];
  return { lanes: lanes.length, open: openLanes.length, bottom: last ? last.getBoundingClientRect().bottom + window.scrollY : 0, page: document.documentElement.scrollHeight };
});
console.log(`board: ${open.lanes} lanes, ${open.open} open; open work ends at ${Math.round(open.bottom)} px = ${(open.bottom / 900).toFixed(2)} screens; page ${open.page} px = ${(open.page / 900).toFixed(2)} screens`);
await page.click('#standup-news summary');
await page.waitForSelector('.news-list');
await page.screenshot({ path: `${out}/standup-board-news.png` });
await page.click('#standup-news summary');
const blocked = page.locator('article.task.is-blocked').first();
await blocked.scrollIntoViewIfNeeded();
await blocked.screenshot({ path: `${out}/standup-card-blocked.png` });
const aging = page.locator('article.task.is-aging').first();
if (await aging.count()) { await aging.scrollIntoViewIfNeeded(); await aging.screenshot({ path: `${out}/standup-card-aging.png` }); }
await page.goto(`${base}/products/${key}/board?changed=1`);
await page.screenshot({ path: `${out}/standup-board-changed.png` });
// The item of the blocked card: its sprint, tasks by column, DoD progress, history; the team's stand-up settings.
await page.goto(`${base}/products/${key}/items/${started[1].plan.item}`);
await page.screenshot({ path: `${out}/standup-item.png`, fullPage: true });
await page.goto(`${base}/products/${key}/members`);
await page.screenshot({ path: `${out}/standup-team-settings.png`, fullPage: true });
const display = await api('POST', `/products/${key}/displays`, { name: 'Team room' });
const tv = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
await tv.goto(base + display.url);
await page.goto(`${base}/products/${key}/board`);
await page.keyboard.press('s');
await page.waitForURL('**/standup');
for (let step = 1; step <= 8; step++) {
  await page.screenshot({ path: `${out}/standup-step-${step}.png` });
  if (step === 2) {
    // The TV follows the walk: the same person, readable from across the room.
    const shown = await page.locator('#standup-who').innerText();
    await tv.waitForFunction((w) => document.body.innerText.includes(w), shown);
    await tv.screenshot({ path: `${out}/standup-tv.png` });
  }
  const who = await page.locator('#standup-who').innerText();
  if (!(await page.locator('[data-standup-next]').count())) break;
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((w) => document.getElementById('standup-who').innerText !== w, who);
}
await browser.close();
console.log('product', key);
