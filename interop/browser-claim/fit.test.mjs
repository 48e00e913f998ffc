// The learner-first claim page in headless Chromium at a phone (360×800) and a desktop
// (1280×900) size: headline and wallet button above the fold on the phone, no element wider than
// the viewport, and the PDF certificate downloads from the page and verifies at the verifier,
// by its API and by upload on its page.
// Env: ISSUER_URL, ISSUER_ADMIN_TOKEN, VERIFIER_URL; optional CHROMIUM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VERIFIER, achievementNamed, admin, launch } from './lib.mjs';

const NAME = 'Zofia Wałęsa-Brontë';

let browser;
let issued;

before(async () => {
  const achievement = await admin('/api/achievements', achievementNamed(
    'Interdisciplinary Research Data Management and Long-Term Digital Preservation',
    'Design preservation workflows for heterogeneous research data'));
  issued = await admin('/api/credentials', {
    achievementId: achievement.id, learner: { name: NAME, email: 'zofia@example.org' },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Elements whose right edge passes the viewport, and whether the page scrolls sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`);
    return { scrolls: document.documentElement.scrollWidth > width, wide };
  });
}

for (const [label, viewport, mobile] of [['phone 360×800', { width: 360, height: 800 }, true],
  ['desktop 1280×900', { width: 1280, height: 900 }, false]]) {
  test(`${label}: learner first, fits the viewport, PDF downloads and verifies`, async () => {
    const context = await browser.newContext({ viewport, isMobile: mobile, acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    assert.equal((await page.goto(issued.claim.url)).status(), 200);

    assert.equal(await page.locator('h1').innerText(), `Congratulations, ${NAME}!`);
    const layout = await overflow(page);
    assert.deepEqual(layout, { scrolls: false, wide: [] });
    for (const selector of ['h1', '#offer-link']) {
      const box = await page.locator(selector).boundingBox();
      assert.ok(box.y + box.height <= viewport.height, `${selector} below the fold (${box.y})`);
    }
    const wallet = await page.locator('#offer-link').boundingBox();
    const qr = await page.locator('svg.qr').boundingBox();
    assert.ok(wallet.y < qr.y, 'the same-device wallet button comes before the QR code');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Certificate (PDF)' }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'certificate.pdf');
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    const pdf = Buffer.concat(chunks);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const verified = await fetch(`${VERIFIER}/credentials/verify`, {
      method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: pdf,
    });
    const report = await verified.json();
    assert.equal(verified.status, 200, JSON.stringify(report.errors));
    assert.equal(report.credential.id, issued.credential.id);
    assert.deepEqual(problems, []);

    // The verifier's own page takes the PDF as an upload.
    await page.goto(`${VERIFIER}/en/`);
    await page.locator('#file').setInputFiles({
      name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdf,
    });
    await page.locator('#verify').click();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'valid');
    await context.close();
  });
}

test('phone: "Create a share link" makes a verifier link that opens valid, then revoked', async () => {
  const achievement = await admin('/api/achievements',
    achievementNamed('Shared From The Claim Page', 'Share a credential'));
  const fresh = await admin('/api/credentials', {
    achievementId: achievement.id, learner: { name: NAME, email: 'zofia@example.org' },
  });
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 }, isMobile: true, acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(fresh.claim.url);
  await Promise.all([page.waitForLoadState('load'), page.locator('#create-share').click()]);
  await page.locator('#share-url').waitFor();
  const link = await page.locator('#share-url').inputValue();
  assert.match(link, new RegExp(`^${VERIFIER}/s/[A-Za-z0-9_-]{22}$`));
  assert.ok(await page.getByRole('img', { name: 'QR code of your share link' }).isVisible());
  assert.match(await page.locator('#linkedin').getAttribute('href'),
    new RegExp(`certUrl=${encodeURIComponent(link).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.deepEqual(await overflow(page), { scrolls: false, wide: [] });

  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#share-pdf').click()]);
  assert.equal(file.suggestedFilename(), 'certificate.pdf');

  await page.goto(link);
  assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'valid');
  await admin(`/api/credentials/${encodeURIComponent(fresh.id)}/revoke`, { reason: 'browser test' });
  const started = Date.now();
  let verdict = 'valid';
  while (verdict !== 'revoked' && Date.now() - started < 10_000) {
    await page.reload();
    verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
    if (verdict !== 'revoked') await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(verdict, 'revoked', `still "${verdict}" after ${Date.now() - started} ms`);
  assert.match(await page.locator('body').innerText(), /Revoked/i);
  await context.close();
});
