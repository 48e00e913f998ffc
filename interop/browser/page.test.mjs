// The verification page in a real browser, against a running issuer and verifier
// (ISSUER_URL, ISSUER_ADMIN_TOKEN, VERIFIER_URL; VERIFIER_LOG / ISSUER_LOG for the log check).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import {
  LEARNER, VERIFIER_URL, bakedPng, createAchievement, issue, launch, revoke, screenshot, share,
  sharePath, tamper, untrustedCopy,
} from './lib.mjs';

describe('verification page', () => {
  let browser;
  let valid;
  let validShare;
  const shareIds = [];

  before(async () => {
    browser = await launch();
    const achievement = await createAchievement();
    valid = await issue(achievement.id);
    validShare = await share(valid.jwt);
    shareIds.push(validShare.id);
  });

  after(async () => {
    await browser?.close();
  });

  async function open(path, options = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const response = await page.goto(VERIFIER_URL + path);
    return { context, page, response, errors };
  }

  test('a valid credential\'s share link shows "valid", the trust-list issuer and the CMF fields', async () => {
    const { context, page, response, errors } = await open(sharePath(validShare));
    assert.equal(response.status(), 200);
    const banner = page.locator('[data-verdict]');
    assert.equal(await banner.getAttribute('data-verdict'), 'valid');
    assert.match(await banner.locator('h2').innerText(), /Valid/);
    assert.equal(await page.locator('#headline').innerText(),
      `${LEARNER.name} earned Accessible Web Interfaces`);
    // Identifiers and the accreditation scope are behind "details".
    await page.locator('details.more > summary').click();
    const text = await page.locator('main').innerText();
    assert.match(text, /Tessera Demo University/);
    assert.match(text, /EU-CMF/);
    assert.equal(await page.locator('[data-field=title]').innerText(), 'Accessible Web Interfaces');
    assert.equal(await page.locator('[data-field=learner]').innerText(), LEARNER.name);
    assert.equal(await page.locator('[data-field=ects]').innerText(), '5');
    assert.equal(await page.locator('[data-field=hours]').innerText(), '125');
    assert.equal(await page.locator('[data-field=eqf]').innerText(), '6');
    assert.match(await page.locator('[data-field=assessment]').innerText(), /summative/);
    assert.match(await page.locator('[data-field=identity]').innerText(), /Supervised, online/);
    assert.match(await page.locator('[data-field=participation]').innerText(), /Online/);
    assert.equal(await page.locator('[data-field=grade]').innerText(), '9');
    assert.equal(await page.locator('[data-cmf]').getAttribute('data-cmf'), 'true');
    assert.equal(await page.locator('tr[data-check]').count(), 11);
    const linkedin = await page.locator('a.linkedin').getAttribute('href');
    assert.match(linkedin, /^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME/);
    assert.ok(!decodeURIComponent(linkedin).includes(LEARNER.name), 'no learner name in the LinkedIn link');
    assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');
    await screenshot(page, 'valid-share');
    await context.close();
  });

  test('the page fits a phone screen', async () => {
    const { context, page } = await open(sharePath(validShare),
      { viewport: { width: 375, height: 740 }, isMobile: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
    await screenshot(page, 'valid-share-mobile');
    await context.close();
  });

  test('a revoked credential shows "revoked"', async () => {
    const achievement = await createAchievement();
    const revoked = await issue(achievement.id);
    // Only a valid credential can be shared (decision 0032): the link outlives its revocation.
    const created = await share(revoked.jwt);
    shareIds.push(created.id);
    await revoke(revoked.id);
    // The issuer's status list has a 1 s ttl in the test run; wait past any cache.
    await new Promise((r) => setTimeout(r, 1500));
    const { context, page } = await open(sharePath(created));
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'revoked');
    assert.match(await page.locator('.verdict .reason').innerText(), /revoked/);
    await screenshot(page, 'revoked');
    await context.close();
  });

  test('a tampered credential pasted into the form shows "invalid"', async () => {
    const { context, page } = await open('/en/');
    await page.locator('#credential').fill(tamper(valid.jwt));
    await page.locator('#verify').click();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'invalid');
    assert.ok(!(await page.locator('main').innerText()).includes(LEARNER.name),
      'nothing from an unauthenticated credential is shown');
    await screenshot(page, 'tampered');
    await context.close();
  });

  test('a credential from an issuer not on the trust list shows "not trusted"', async () => {
    const jwt = await untrustedCopy(valid.credential);
    const { context, page } = await open('/en/');
    await page.locator('#credential').fill(jwt);
    await page.locator('#verify').click();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'not-trusted');
    assert.match(await page.locator('.issued-by').innerText(), /not confirmed by the trust list/);
    assert.equal(await page.locator('#share').count(), 0, 'no share button for an untrusted issuer');
    await screenshot(page, 'not-trusted');
    await context.close();
  });

  test('an expired share link shows the expiry notice (HTTP 410)', async () => {
    const created = await share(valid.jwt, 1);
    shareIds.push(created.id);
    await new Promise((r) => setTimeout(r, 1500));
    const { context, page, response } = await open(sharePath(created));
    assert.equal(response.status(), 410);
    assert.equal(await page.locator('[data-share]').getAttribute('data-share'), 'gone');
    assert.match(await page.locator('main').innerText(), /expired/);
    assert.ok(!(await page.content()).includes(LEARNER.name));
    await screenshot(page, 'expired-share');
    await context.close();
  });

  test('uploading a baked PNG badge verifies the credential inside', async () => {
    const file = join(tmpdir(), `tessera-badge-${process.pid}.png`);
    writeFileSync(file, bakedPng(valid.jwt));
    const { context, page } = await open('/en/');
    await page.locator('#file').setInputFiles(file);
    await page.locator('#verify').click();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'valid');
    assert.equal(await page.locator('[data-field=learner]').innerText(), LEARNER.name);
    await screenshot(page, 'baked-png-upload');
    await context.close();
  });

  test('the German page shows the verdict in German', async () => {
    const { context, page } = await open(`/de${sharePath(validShare)}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.match(await page.locator('.verdict h2').innerText(), /Gültig/);
    assert.match(await page.locator('main').innerText(), /Was er bescheinigt/);
    await screenshot(page, 'valid-share-de');
    // The choice is remembered: the un-prefixed form is now German too.
    await page.goto(`${VERIFIER_URL}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await context.close();
  });

  test('Accept-Language: nl gives the Dutch page', async () => {
    const { context, page } = await open(sharePath(validShare), { locale: 'nl-NL' });
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.match(await page.locator('.verdict h2').innerText(), /Geldig/);
    await context.close();
  });

  test('keyboard focus reaches every form control, with a visible label', async () => {
    const { context, page, errors } = await open('/en/');
    const reached = new Set();
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
      reached.add(id);
    }
    for (const id of ['credential', 'file', 'verify']) {
      assert.ok(reached.has(id), `focus reached #${id} (got ${[...reached].join(', ')})`);
    }
    for (const id of ['credential', 'file']) {
      assert.equal(await page.locator(`label[for=${id}]`).count(), 1, `label for #${id}`);
    }
    assert.deepEqual(errors, []);
    await screenshot(page, 'form');
    await context.close();
  });

  test('a receipt can be downloaded from the result page', async () => {
    const { context, page } = await open(sharePath(validShare));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#receipt').click()]);
    assert.equal(download.suggestedFilename(), 'verification-receipt.jwt');
    const receipt = readFileSync(await download.path(), 'utf8');
    const payload = JSON.parse(Buffer.from(receipt.split('.')[1], 'base64url').toString());
    assert.equal(payload.verdict, 'valid');
    assert.ok(!receipt.includes(valid.jwt.split('.')[1]), 'the receipt does not contain the credential');
    await context.close();
  });

  test('service logs hold no credential, e-mail, learner name or share id', { skip: !process.env.VERIFIER_LOG && 'VERIFIER_LOG not set' }, () => {
    for (const name of ['VERIFIER_LOG', 'ISSUER_LOG']) {
      if (!process.env[name]) {
        continue;
      }
      const log = readFileSync(process.env[name], 'utf8');
      assert.ok(!log.includes(LEARNER.name), `${name} contains the learner name`);
      assert.ok(!log.includes(LEARNER.email), `${name} contains the learner e-mail`);
      assert.ok(!log.includes('eyJ'), `${name} contains a JWT`);
      assert.ok(!log.includes(valid.jwt.split('.')[2]), `${name} contains a credential signature`);
      for (const id of shareIds) {
        assert.ok(!log.includes(id), `${name} contains a share id`);
      }
    }
  });
});
