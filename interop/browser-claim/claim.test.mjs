// Headless Chromium test of the learner claim page (issue 3).
// Env: ISSUER_URL, ISSUER_ADMIN_TOKEN, VERIFIER_URL; optional CHROMIUM (default /usr/bin/chromium).
// Creates an achievement and a credential through the admin API (issuer started without SMTP,
// so the answer carries the claim URL), opens the claim page, checks the QR code, the offer link,
// the transaction code (when shown) and the downloads, and verifies the downloaded baked PNG with
// the verifier's HTTP API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VERIFIER, achievementNamed, admin, launch } from './lib.mjs';

let browser;
let page;
let claimUrl;
let issued;

before(async () => {
  const achievement = await admin('/api/achievements',
    achievementNamed('Browser Tested Micro-credential'));
  issued = await admin('/api/credentials', {
    achievementId: achievement.id,
    learner: { name: 'Ada Lovelace', email: 'ada@example.org' },
  });
  assert.equal(issued.claim.delivery, 'none', 'start the issuer without ISSUER_SMTP_HOST');
  claimUrl = issued.claim.url;
  assert.match(claimUrl, /\/claim\/[A-Za-z0-9_-]{43}$/);
  browser = await launch();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, acceptDownloads: true,
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
});

test('claim page shows the title, the issuer and no console errors', async () => {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const response = await page.goto(claimUrl);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').innerText(), 'Congratulations, Ada Lovelace!');
  assert.equal(await page.locator('#title').innerText(), 'Browser Tested Micro-credential');
  assert.match(await page.locator('.issuer').innerText(), /^Issued by /);
  const headers = response.headers();
  assert.match(headers['content-security-policy'], /default-src 'none'/);
  assert.equal(headers['referrer-policy'], 'no-referrer');
  assert.equal(headers['cache-control'], 'no-store');
  // The stylesheet loaded (CSP allows only 'self'): the section got its card border.
  const radius = await page.locator('section').first().evaluate((e) => getComputedStyle(e).borderRadius);
  assert.notEqual(radius, '0px');
  assert.deepEqual(problems, []);
});

test('QR code and openid-credential-offer link are shown for the wallet', async () => {
  const qr = page.getByRole('img', { name: 'QR code of the credential offer' });
  await qr.waitFor();
  const box = await qr.boundingBox();
  assert.ok(box.width >= 150 && box.width <= 390, `QR width ${box.width}`);
  const path = await qr.locator('path').getAttribute('d');
  assert.ok(path.length > 1000, 'QR has modules');
  const link = page.locator('#offer-link');
  const href = await link.getAttribute('href');
  assert.match(href, /^openid-credential-offer:\/\/\?credential_offer(_uri)?=/);
  assert.equal(await page.locator('#offer-text').inputValue(), href);
  if (await page.locator('#tx-code').count()) {
    assert.match(await page.locator('#tx-code').innerText(), /^\S{1,32}$/);
  }
});

test('"Make a new code" replaces the offer', async () => {
  const before = await page.locator('#offer-link').getAttribute('href');
  await Promise.all([page.waitForURL(claimUrl), page.getByRole('button', { name: 'Make a new code' }).click()]);
  const afterHref = await page.locator('#offer-link').getAttribute('href');
  assert.notEqual(afterHref, before);
});

test('downloads: JWT, JSON and the baked PNG, which the verifier accepts', async () => {
  const download = async (name) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name }).click(),
    ]);
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };
  const jwt = await download('Signed credential (JWT)');
  assert.equal(jwt.name, 'credential.jwt');
  assert.equal(jwt.bytes.toString('ascii'), issued.jwt);
  const json = await download('Credential contents (JSON)');
  assert.equal(JSON.parse(json.bytes.toString('utf8')).id, issued.credential.id);
  const png = await download('Badge image (PNG)');
  assert.equal(png.name, 'badge.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.bytes.includes(Buffer.from('openbadgecredential\0')), 'iTXt chunk present');

  const verified = await fetch(`${VERIFIER}/credentials/verify`, {
    method: 'POST', headers: { 'Content-Type': 'image/png' }, body: png.bytes,
  });
  const report = await verified.json();
  assert.equal(verified.status, 200, JSON.stringify(report.errors));
  assert.equal(report.verified, true);
  assert.equal(report.credential.id, issued.credential.id);
});
