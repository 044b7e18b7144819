// Screenshots of the wall TV at 1280×720, 1920×1080 and 3840×2160 (a full board and a stand-up step) and of the
// displays page at 1440 and 390 px. Seeds a realistic product through the API first: 12 stories, 56 tasks, 20 of
// them left to do. Run against a fresh app:
//   ONEBACKLOG_DATA_DIR=/tmp/tv-data QUARKUS_HTTP_PORT=18322 ONEBACKLOG_ADMIN_PASSWORD=admin-secret \
//     java -jar target/quarkus-app/quarkus-run.jar
//   cp docs/screenshots/tv/take.mjs /tmp/shots/ && cd /tmp/shots && node take.mjs [base url] [output dir]
// (next to a node_modules with playwright-core; Chromium is Debian's /usr/bin/chromium).
import { chromium } from "playwright-core";

const base = process.argv[2] || "http://localhost:18322";
const out = process.argv[3] || "/tmp/tv-shots";
const admin = "Basic " + Buffer.from("admin:admin-secret").toString("base64");
const key = "SHOP" + Math.floor(Math.random() * 900 + 100);

async function api(method, path, body) {
    const response = await fetch(base + "/api/v1" + path, {
        method, headers: { Authorization: admin, "Content-Type": "application/json", Accept: "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
        throw new Error(method + " " + path + " -> " + response.status + " " + text);
    }
    return text ? JSON.parse(text) : null;
}

const people = { petra: "PRODUCT_OWNER", jonas: "DEVELOPER", amira: "DEVELOPER", li: "DEVELOPER" };
const password = name => "Wall-screen-" + name.length + "-seven-Q";
const stories = [
    "Pay with PayPal at checkout", "Save a basket for later", "Show delivery dates before payment",
    "Gift wrapping as an option", "Invoice as PDF in the order mail", "Split a delivery in two",
    "Vouchers with a minimum order", "Track a parcel from the account page", "Return an item online",
    "Remember the last payment method", "Reorder with one click", "Address check against the postal register",
];
const tasks = ["Design the form", "Write the API endpoint", "Persist and migrate", "Unit tests for the rules",
    "Browser test of the happy path", "Review copy with the PO"];

async function seed() {
    await api("POST", "/products", { key, name: "Web shop checkout" });
    for (const [name, role] of Object.entries(people)) {
        await api("POST", "/products/" + key + "/members", { username: name, role, password: password(name) });
    }
    const policy = await api("GET", "/products/" + key + "/capacity-policy");
    await api("PUT", "/products/" + key + "/capacity-policy", { reservedShare: 0.2, mode: "WARN", version: policy.version });
    const sprint = await api("POST", "/products/" + key + "/sprints", {
        name: "Sprint 14", goal: "Customers can pay with PayPal and see when their parcel arrives",
        start: "2026-11-23", end: "2026-12-11", capacity: 60 });
    const created = [];
    for (let i = 0; i < stories.length; i++) {
        const item = await api("POST", "/products/" + key + "/items",
            { kind: "STORY", title: stories[i], estimate: [3, 5, 2, 8][i % 4] });
        await api("POST", "/sprints/" + sprint.id + "/items", { itemKey: item.key });
        const count = i < 8 ? 5 : 4;
        for (let t = 0; t < count; t++) {
            // jonas holds most of the work in progress: his stand-up step has more cards than a screen shows.
            const n = created.length;
            const who = n >= 16 && n < 36 ? "jonas" : ["jonas", "amira", "li", null][(i + t) % 4];
            const task = await api("POST", "/items/" + item.key + "/tasks",
                { title: tasks[t % tasks.length] + (t >= tasks.length ? " again" : ""), estimate: 2, assignee: who });
            created.push(task);
        }
    }
    const technical = await api("POST", "/products/" + key + "/items", { kind: "TECHNICAL",
        title: "Upgrade the payment library", estimate: 8,
        valueStatement: "Security fixes keep coming; left behind, every upgrade gets harder" });
    await api("POST", "/sprints/" + sprint.id + "/items", { itemKey: technical.key });
    await api("POST", "/sprints/" + sprint.id + "/start");
    // 56 tasks: 20 left to do, 14 in progress, 6 in review, 16 done.
    const plan = created.map((t, i) => i < 16 ? "DONE" : i < 22 ? "REVIEW" : i < 36 ? "IN_PROGRESS" : "TODO");
    for (let i = 0; i < created.length; i++) {
        if (plan[i] !== "TODO") {
            const task = await api("GET", "/tasks/" + created[i].id);
            await api("POST", "/tasks/" + task.id + "/move", { column: plan[i], version: task.version });
        }
    }
    const blocked = created[30];
    await api("POST", "/tasks/" + blocked.id + "/block", { reason: "Waiting for the PayPal sandbox account" });
    const display = await api("POST", "/products/" + key + "/displays", { name: "Team room TV" });
    return display.url;
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const tvUrl = await seed();
const sizes = [[1280, 720], [1920, 1080], [3840, 2160]];
for (const [width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(base + tvUrl);
    await page.waitForSelector("body[data-socket=open]");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/tv-board-${width}x${height}.png` });
    await page.close();
}

// The stand-up: jonas's step on the walker's screen; the TVs follow it.
const walker = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await walker.goto(base + "/login");
await walker.fill("#username", "petra");
await walker.fill("#password", password("petra"));
await walker.click("button[type=submit]");
await walker.waitForURL("**/products");
for (const [width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(base + tvUrl);
    await page.waitForSelector("body[data-socket=open]");
    for (let step = 1; step <= 6; step++) {
        await walker.goto(base + "/products/" + key + "/standup?step=" + step);
        await page.waitForSelector(".tv-frame.is-standup");
        await page.waitForTimeout(300);
        if ((await page.textContent(".tv-standup-who")).trim() === "jonas") {
            break;
        }
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/tv-standup-${width}x${height}.png` });
    await page.close();
}
await walker.goto(base + "/products/" + key + "/standup?step=99"); // the last step ends the walk
await walker.click("[data-standup-end]");
await walker.waitForURL("**/board");

// The displays page, where the TV's views are changed in place.
for (const width of [1440, 390]) {
    await walker.setViewportSize({ width, height: width > 400 ? 900 : 844 });
    await walker.goto(base + "/products/" + key + "/displays");
    await walker.screenshot({ path: `${out}/displays-${width}.png`, fullPage: true });
}
await browser.close();
console.log("product " + key + ", TV " + tvUrl);
