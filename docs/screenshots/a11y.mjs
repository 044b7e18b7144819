// Every page of a product as a phone (390x844) and a desktop (1440x900) show it: the first screen of each, so the
// set stays small. Seeds one product over the API (a backlog of every kind, an item awaiting the Product Owner, an
// active sprint with a blocked, a waived and a DoD card), then logs in through the form.
//   ONEBACKLOG_DATA_DIR=/tmp/a11y-data QUARKUS_HTTP_PORT=18321 ONEBACKLOG_ADMIN_PASSWORD=admin-secret \
//     java -jar target/quarkus-app/quarkus-run.jar
//   node docs/screenshots/a11y.mjs http://localhost:18321 admin-secret docs/screenshots/a11y [full]
// "full" takes whole pages instead (to look at, not to keep). Needs playwright-core from npm (no browser download)
// and Debian's Chromium.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, password, out, mode] = process.argv.slice(2);
const fullPage = mode === 'full';
mkdirSync(out, { recursive: true });
const passwordOf = (user) => 'sprint-' + (user.length * 7919) + '-key';
const authOf = (user) => 'Basic ' + Buffer.from(user + ':' + (user === 'admin' ? password : passwordOf(user))).toString('base64');
async function api(method, path, body, user = 'admin') {
  const r = await fetch(base + '/api/v1' + path, { method, headers: { Authorization: authOf(user), 'Content-Type': 'application/json', Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (r.status >= 400) throw new Error(method + ' ' + path + ' -> ' + r.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

const key = 'SHOP' + Math.floor(Math.random() * 90 + 10);
await api('POST', '/products', { key, name: 'Webshop' });
for (const p of ['dana', 'jonas']) await api('POST', `/products/${key}/members`, { username: p, role: 'DEVELOPER', password: passwordOf(p) });
await api('PUT', `/products/${key}/dod`, { version: (await api('GET', `/products/${key}/dod`)).version, criteria: [
  { text: 'Code the story touches is refactored', impliesTask: true, taskTitle: 'Refactor touched code', category: 'REFACTORING', estimateShare: 0.2 },
  { text: 'Technical documentation is updated', impliesTask: true, taskTitle: 'Update technical docs', category: 'DOCUMENTATION', estimate: 1 },
  { text: 'Reviewed by a second developer', impliesTask: false }] });
await api('PUT', `/products/${key}/capacity-policy`, { reservedShare: 0.2, mode: 'WARN',
  version: (await api('GET', `/products/${key}/capacity-policy`)).version });
const item = async (body, user) => (await api('POST', `/products/${key}/items`, body, user)).key;
const checkout = await item({ kind: 'STORY', title: 'Checkout with a saved card', estimate: 5, labels: ['checkout'],
  description: 'A returning customer pays with the card they saved last time.\n\n- only the last four digits show\n- the CVC is asked again' });
const rounding = await item({ kind: 'BUG', title: 'Totals round the wrong way in Swiss francs', estimate: 2, labels: ['checkout'] });
const payments = await item({ kind: 'TECHNICAL', title: 'Split the payment module', estimate: 3, valueStatement: 'Every checkout change waits on one file three teams edit; left undone, each change costs a day of merging' });
await item({ kind: 'STORY', title: 'Order history page', estimate: 3 });
await item({ kind: 'STORY', title: 'Gift wrapping option', estimate: 2, labels: ['checkout', 'mobile'] });
await item({ kind: 'BUG', title: 'Search forgets the colour filter', estimate: 1 });
await item({ kind: 'STORY', title: 'Returns in two clicks', estimate: 5 });
await item({ kind: 'TECHNICAL', title: 'Upgrade the image library', estimate: 2, valueStatement: 'Product photos load twice as fast on phones' });
await item({ kind: 'BUG', title: 'Basket badge shows 0 after login' }, 'dana');

const sprint = await api('POST', `/products/${key}/sprints`, { name: 'Sprint 14', goal: 'A customer can buy and track an order without calling us', start: day(-5), end: day(8), capacity: 16 });
for (const k of [checkout, rounding, payments]) await api('POST', `/sprints/${sprint.id}/items`, { itemKey: k });
await api('POST', `/sprints/${sprint.id}/start`);
const tasks = {};
for (const [k, titles] of [[checkout, ['Card form', 'Payment provider call', 'Tests of the happy path']], [rounding, ['Find the rounding']], [payments, ['Move the adapters', 'Remove the old facade']]]) {
  tasks[k] = [];
  for (const [i, title] of titles.entries()) tasks[k].push(await api('POST', `/items/${k}/tasks`, { title, estimate: 2, assignee: i % 2 ? 'jonas' : 'dana' }));
}
let card = tasks[checkout][0];
card = await api('POST', `/tasks/${card.id}/move`, { column: 'IN_PROGRESS', version: card.version });
card = await api('POST', `/tasks/${card.id}/move`, { column: 'REVIEW', version: card.version });
const provider = tasks[checkout][1];
await api('POST', `/tasks/${provider.id}/move`, { column: 'IN_PROGRESS', version: provider.version });
await api('POST', `/tasks/${provider.id}/block`, { reason: 'Waiting for the sandbox account' });
const round = tasks[rounding][0];
let moved = await api('POST', `/tasks/${round.id}/move`, { column: 'IN_PROGRESS', version: round.version });
moved = await api('POST', `/tasks/${round.id}/move`, { column: 'REVIEW', version: moved.version });
await api('POST', `/tasks/${round.id}/move`, { column: 'DONE', version: moved.version });
const board = await api('GET', `/sprints/${sprint.id}/board`);
const docs = board.lanes.flatMap((l) => l.tasks).filter((t) => t.dodCriterionId && t.title.startsWith('Update'));
await api('POST', `/tasks/${docs[0].id}/waive`, { reason: 'Covered by the API reference, generated' });
// A second, planned sprint for the planning page, with one item committed.
const next = await api('POST', `/products/${key}/sprints`, { name: 'Sprint 15', goal: 'Returns without a phone call', start: day(9), end: day(22), capacity: 12 });
await api('POST', `/sprints/${next.id}/items`, { itemKey: (await api('GET', `/products/${key}/backlog`)).find((i) => i.title === 'Returns in two clicks').key });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
async function session(size) {
  const context = await browser.newContext({ viewport: sizes[size], deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.fill('#username', 'admin');
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL('**/products');
  return page;
}
async function shot(page, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  console.log(name);
}
const p = `/products/${key}`;
// Pages taken at both sizes.
const both = [['products', '/products'], ['backlog', `${p}/backlog`], ['item', `${p}/items/${checkout}`],
  ['planning', `${p}/planning?sprint=${next.id}`], ['board', `${p}/board`], ['standup', `${p}/standup`],
  ['review', `${p}/review`], ['dod', `${p}/dod`], ['team', `${p}/members`]];
for (const size of ['phone', 'desktop']) {
  const page = await session(size);
  for (const [name, path] of both) {
    await page.goto(base + path);
    await shot(page, `${name}-${size}`);
  }
  if (size === 'phone') {
    await page.goto(base + `${p}/backlog`);
    await page.click('.add-toggle');
    await shot(page, 'backlog-add-open-phone');
    await page.goto(base + `${p}/board`);
    await page.click('.menu-toggle');
    await shot(page, 'board-menu-open-phone');
    await page.click('.menu-toggle');
    await page.click('[data-show-column="3"]');
    await shot(page, 'board-review-column-phone');
    await page.click('[data-show-column="1"]');
    await page.locator(`#task-${tasks[payments][0].id} .task-open`).click();
    await page.locator('dialog#task-detail[open] #detail-title').waitFor();
    await shot(page, 'board-task-drawer-phone');
    for (const [name, path] of [['tokens', '/account/tokens'], ['webhooks', `${p}/webhooks`], ['displays', `${p}/displays`],
      ['jira-import', `${p}/import/jira`], ['restore', '/products/import'], ['error', '/products/NOSUCH/backlog']]) {
      await page.goto(base + path);
      await shot(page, `${name}-phone`);
    }
    await page.context().clearCookies();
    await page.goto(base + '/login');
    await page.fill('#username', 'nobody-at-all');
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    await page.locator('.form-error').waitFor();
    await shot(page, 'login-error-phone');
  }
  await page.context().close();
}
await browser.close();
