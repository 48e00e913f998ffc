// "Ask for credentials" in a real headless Chromium: the employer's page creates an OpenID4VP
// request and shows its QR code; a Node wallet on @openid4vc/openid4vp (interop/oid4vp) answers
// with two credentials of two institutions; the page, polling, shows the verified, holder-bound
// result per credential. Another browser cannot open the transaction's page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERIFIER_URL, launch, screenshot } from './lib.mjs';
import { issueToHolder } from '../lib/issuer.mjs';
import { ed25519DidKey } from '../lib/did-key.mjs';
import { present } from '../oid4vp/wallet.mjs';

const LEARNER_JWK = JSON.parse(readFileSync(
  new URL('../../keys-sample/wallet/learner.jwk', import.meta.url), 'utf8'));
const { did: HOLDER } = ed25519DidKey(LEARNER_JWK);

describe('verification page: ask a wallet for credentials (OpenID4VP)', () => {
  let browser;
  let credentials;

  before(async () => {
    browser = await launch();
    credentials = [await issueToHolder(HOLDER),
      await issueToHolder(HOLDER, process.env.ISSUER_INSTITUTION_ID)];
  });

  after(async () => {
    await browser?.close();
  });

  test('QR code shown, wallet answers, result rendered with the holder binding', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${VERIFIER_URL}/en/`);
    await page.click('#ask-start');
    await page.check('#query-micro-credentials');
    await page.click('#ask');
    await page.waitForSelector('#ask-qr svg');
    const link = await page.inputValue('#ask-link');
    assert.match(link, /^openid4vp:\/\/\?client_id=decentralized_identifier/);
    assert.equal(await page.getAttribute('#same-device', 'href'), link);
    await screenshot(page, 'ask-waiting');

    const { status, body } = await present(link, credentials, LEARNER_JWK);
    assert.equal(status, 200, JSON.stringify(body));

    await page.waitForSelector('#ask-result', { timeout: 15000 });
    assert.equal(await page.getAttribute('#ask-result', 'data-verified'), 'true');
    assert.equal(await page.getAttribute('#ask-result', 'data-holder-bound'), 'true');
    assert.match(await page.textContent('#holder-binding'), /belongs to the person/);
    assert.equal(await page.locator('article.presented').count(), 2);
    assert.equal(await page.locator('article.presented[data-binding="BOUND"]').count(), 2);
    await screenshot(page, 'ask-answered');
    assert.deepEqual(errors, [], 'no console errors (CSP violations show here)');

    // The result belongs to this browser: another one (no cookie) gets a 404.
    const path = new URL(page.url()).pathname;
    const stranger = await (await browser.newContext()).newPage();
    const response = await stranger.goto(VERIFIER_URL + path);
    assert.equal(response.status(), 404);
    assert.equal(await stranger.locator('#ask-result').count(), 0);
    await context.close();
  });
});
