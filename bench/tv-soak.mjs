// OneBacklog's wall-TV soak (not a test): does the TV page's browser memory stay flat over many live updates?
// The product promises a TV that "runs for days without growing memory in the browser"; this drives a real
// headless Chromium on a TV page while the API moves tasks, and samples the page's heap, DOM and listeners.
//
// Needs playwright-core (only the library: the browser is Debian's /usr/bin/chromium), kept outside the project:
//   mkdir -p /tmp/tvsoak/node && cd /tmp/tvsoak/node && npm init -y && npm install playwright-core
// Run against an app on this machine (loopback only):
//   NODE_PATH=/tmp/tvsoak/node/node_modules node bench/tv-soak.mjs [baseUrl] [adminPassword] [changes]
//   NODE_PATH=/tmp/tvsoak/node/node_modules node bench/tv-soak.mjs http://localhost:18090 admin-secret 2000
// 2000 changes take ~2 minutes; the heap settles only after ~2000, so a verdict wants 5000 (~4.5 minutes).
import { createRequire } from "node:module";

// An ES module ignores NODE_PATH; require() honours it, so the library need not live in the project.
const { chromium } = createRequire(import.meta.url)("playwright-core");

const base = process.argv[2] || "http://localhost:8080";
const password = process.argv[3] || "admin-secret";
const changes = Number(process.argv[4] || 2000);
const EVERY = 250;       // changes between samples
const PACE_MS = 50;      // ~20 changes a second: far busier than a real team, so days fit in minutes
const ITEMS = 2, TASKS_EACH = 2; // at most 5 cards a column: a fuller one collapses and hides cards
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let auth = "Basic " + Buffer.from("admin:" + password).toString("base64");
async function api(method, path, body) {
    const res = await fetch(base + "/api/v1" + path, {
        method, body: body === undefined ? undefined : JSON.stringify(body),
        headers: { Authorization: auth, "Content-Type": "application/json", Accept: "application/json" }
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
}

// A password check (bcrypt) on every call would slow the moves down: an API token is checked cheaply.
auth = "Bearer " + (await api("POST", "/tokens", { name: "tv-soak " + Date.now() })).token;

const key = ("TV" + Date.now().toString(36)).toUpperCase().slice(0, 10);
await api("POST", "/products", { key, name: "TV soak " + key });
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const sprint = await api("POST", `/products/${key}/sprints`, { name: "Soak", start: day(0), end: day(13), capacity: 999 });
const tasks = [];
for (let i = 0; i < ITEMS; i++) {
    const item = await api("POST", `/products/${key}/items`, { kind: "STORY", title: `Story ${i}`, estimate: 3 });
    await api("POST", `/sprints/${sprint.id}/items`, { itemKey: item.key });
    for (let t = 0; t < TASKS_EACH; t++) {
        tasks.push({ id: (await api("POST", `/items/${item.key}/tasks`, { title: `Task ${t} of ${item.key}`, estimate: 1 })).id, column: "TODO" });
    }
}
await api("POST", `/sprints/${sprint.id}/start`);
const display = await api("POST", `/products/${key}/displays`, { name: "Soak TV" });

const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"]
});
let moved = 0, last = null;
try {
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(base + display.url);
    await page.locator("li.tv-card").first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");

    // The TV must show the last move: otherwise a dead socket would measure a page that never changes.
    // A locator, not waitForSelector: the handle that one returns would keep a replaced frame alive and leak.
    async function shows(task) {
        await page.locator(`#tv-column-${task.column} li.tv-card[data-task-id="${task.id}"]`).waitFor({ timeout: 15000 })
            .catch(() => { throw new Error(`after ${moved} changes the TV does not show task ${task.id} in ${task.column}`); });
    }

    async function move(i) {
        const task = tasks[i % tasks.length];
        task.column = task.column === "TODO" ? "IN_PROGRESS" : "TODO";
        const { version } = await api("GET", `/tasks/${task.id}`);
        await api("POST", `/tasks/${task.id}/move`, { column: task.column, version });
        return task;
    }

    const samples = [];
    async function sample() {
        await sleep(1000); // let the last frames (pushed, or refetched on a gap) land before measuring
        if (last) await shows(last);
        // One collection does not always free the documents htmx parses each message into: they are gone a
        // round or two later. So each figure is the floor of a few rounds, which real growth cannot go below.
        const m = {};
        for (let round = 0; round < 5; round++) {
            await page.evaluate(() => { window.gc(); window.gc(); });
            for (const { name, value } of (await cdp.send("Performance.getMetrics")).metrics) {
                m[name] = Math.min(m[name] ?? Infinity, value);
            }
            await sleep(200);
        }
        const s = {
            changes: moved, heapKB: Math.round(m.JSHeapUsedSize / 1024), domNodes: await page.evaluate(() =>
                document.getElementsByTagName("*").length), nodes: m.Nodes, listeners: m.JSEventListeners, documents: m.Documents
        };
        samples.push(s);
        console.log(`${String(s.changes).padStart(6)} changes  heap ${String(s.heapKB).padStart(6)} KB  dom ${s.domNodes}`
            + `  nodes ${s.nodes}  listeners ${s.listeners}  documents ${s.documents}`);
    }

    // The first move proves the TV is live before the baseline is taken.
    last = await move(moved++);
    await shows(last);
    await sample();
    const started = Date.now();
    while (moved < changes) {
        last = await move(moved++);
        const ahead = started + (moved - 1) * PACE_MS - Date.now();
        if (ahead > 0) await sleep(ahead);
        if (moved % EVERY === 0) await sample();
    }
    if (moved % EVERY !== 0) await sample();
    const seconds = (Date.now() - started) / 1000;

    // Warm-up (JIT, inline caches, htmx's first swaps) lasts a thousand changes or two, and a sample now and then
    // still holds a frame that the next one has freed: growth is the least-squares slope over the second half.
    const first = samples[0], tail = samples.filter((x) => x.changes >= moved / 2);
    const slope = (f) => {
        const mx = tail.reduce((a, x) => a + x.changes, 0) / tail.length, my = tail.reduce((a, x) => a + x[f], 0) / tail.length;
        const sxx = tail.reduce((a, x) => a + (x.changes - mx) ** 2, 0);
        return sxx ? (tail.reduce((a, x) => a + (x.changes - mx) * (x[f] - my), 0) / sxx * 1000).toFixed(1) : "n/a";
    };
    console.log(`\n${moved} changes in ${seconds.toFixed(0)} s (${(moved / seconds).toFixed(1)}/s), TV ${display.url.split("?")[0]}`);
    for (const f of ["heapKB", "domNodes", "nodes", "listeners", "documents"]) {
        const values = tail.map((x) => x[f]);
        console.log(`${f.padEnd(10)} first ${first[f]}, last ${samples[samples.length - 1][f]}; second half ${Math.min(...values)}`
            + `..${Math.max(...values)}, ${slope(f)} per 1000 changes`);
    }
    console.log(`last move (task ${last.id} to ${last.column}) shown on the TV: yes; page errors: ${errors.length}`);
    errors.slice(0, 5).forEach((e) => console.log("  " + e));
} finally {
    await browser.close();
}
