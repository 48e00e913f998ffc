// Issue #16 item 6 (verifier pages): WCAG 2.1 AA checked by axe-core in Chromium. Every state of
// the verification page — form, valid, revoked, tampered and untrusted results, the share page
// a person creates, an expired share link, the Ask page with its QR code and the answered result —
// at 360×800 and 1280×900, in English, German and Polish; the result pages and the Ask pages
// without an answer also in Dutch, French, Spanish and Italian (fewer share links: the verifier
// limits them per client and minute). A serious or critical violation fails.
// axe is injected into the page, which the page's CSP (script-src 'self') forbids: the audit
// contexts bypass the CSP; ask.test.mjs and qr.test.mjs keep it on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  VERIFIER_URL, launch, screenshot, sharePath, tamper, untrustedCopy, validAndRevokedShares,
} from './lib.mjs';
import { issueToHolder } from '../lib/issuer.mjs';
import { ed25519DidKey } from '../lib/did-key.mjs';
import { present } from '../oid4vp/wallet.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGS = ['en', 'de', 'pl'];
const FEWER_STATES = ['nl', 'fr', 'es', 'it'];
/** The states that create a share link or need a wallet's answer. */
const FULL_SET_ONLY = new Set(['share created', 'ask answered']);
const VIEWPORTS = { phone: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } };
const BLOCKING = new Set(['serious', 'critical']);
const LEARNER_JWK = JSON.parse(readFileSync(
  new URL('../../keys-sample/wallet/learner.jwk', import.meta.url), 'utf8'));
const { did: HOLDER } = ed25519DidKey(LEARNER_JWK);

/**
 * axe's WCAG 2.0/2.1 A and AA rules on the page, every <details> open so the checks table and the
 * raw JSON are audited too; returns the serious and critical violations, one line per element.
 */
async function violations(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: AXE });
  }
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.filter((v) => BLOCKING.has(v.impact)).flatMap((v) => v.nodes.map(
    (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

describe('verifier pages pass axe-core (WCAG 2.1 AA) on a phone and a desktop', () => {
  let browser;
  let valid;
  let validShare;
  let revokedShare;
  let holderCredentials;

  before(async () => {
    browser = await launch();
    ({ valid, validShare, revokedShare } = await validAndRevokedShares());
    holderCredentials = [await issueToHolder(HOLDER),
      await issueToHolder(HOLDER, process.env.ISSUER_INSTITUTION_ID)];
  });

  after(async () => {
    await browser?.close();
  });

  /** Audits the page at both sizes (same page, resized: the state stays as it is). */
  async function audit(page, what) {
    const found = [];
    for (const [name, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      const lines = await violations(page);
      if (lines.length > 0) {
        await screenshot(page, `a11y-${what.replace(/\W+/g, '-')}-${name}`);
      }
      found.push(...lines.map((l) => `${what} @${name}: ${l}`));
    }
    return found;
  }

  async function pasted(page, lang, jwt) {
    await page.goto(`${VERIFIER_URL}/${lang}/`);
    await page.locator('#credential').fill(jwt);
    await page.locator('#verify').click();
    await page.waitForSelector('[data-verdict]');
  }

  for (const lang of [...LANGS, ...FEWER_STATES]) {
    const full = LANGS.includes(lang);
    test(`${lang}: form, results, share pages and the Ask pages have no serious violation`, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const found = [];
      const states = [
        ['form', () => page.goto(`${VERIFIER_URL}/${lang}/`)],
        ['valid share page', () => page.goto(`${VERIFIER_URL}/${lang}${sharePath(validShare)}`)],
        ['revoked share page', () => page.goto(`${VERIFIER_URL}/${lang}${sharePath(revokedShare)}`)],
        ['valid pasted', () => pasted(page, lang, valid.jwt)],
        ['share created', async () => {
          await pasted(page, lang, valid.jwt);
          await page.locator('#share').click();
          await page.waitForSelector('#share-url');
        }],
        ['tampered', () => pasted(page, lang, tamper(valid.jwt))],
        ['untrusted', async () => pasted(page, lang, await untrustedCopy(valid.credential))],
        ['unknown share link', () => page.goto(`${VERIFIER_URL}/${lang}/s/no-such-share-link`)],
        ['ask', () => page.goto(`${VERIFIER_URL}/${lang}/ask`)],
        ['ask waiting (QR)', async () => {
          await page.goto(`${VERIFIER_URL}/${lang}/ask`);
          await page.check('#query-micro-credentials');
          await page.click('#ask');
          await page.waitForSelector('#ask-qr svg');
        }],
        ['ask answered', async () => {
          const { status, body } = await present(await page.inputValue('#ask-link'),
            holderCredentials, LEARNER_JWK);
          assert.equal(status, 200, JSON.stringify(body));
          await page.waitForSelector('#ask-result', { timeout: 15000 });
          assert.equal(await page.locator('article.presented').count(), 2);
        }],
      ];
      for (const [what, reach] of states) {
        if (!full && FULL_SET_ONLY.has(what)) {
          continue;
        }
        await reach();
        assert.equal(await page.getAttribute('html', 'lang'), lang, `${what}: <html lang>`);
        found.push(...await audit(page, `${lang} ${what}`));
      }
      await context.close();
      assert.deepEqual(found, [], 'serious or critical axe-core violations');
    });
  }

  test('the Ask answered page repeats no id (one prefix per credential)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${VERIFIER_URL}/en/ask`);
    await page.check('#query-micro-credentials');
    await page.click('#ask');
    await page.waitForSelector('#ask-qr svg');
    await present(await page.inputValue('#ask-link'), holderCredentials, LEARNER_JWK);
    await page.waitForSelector('#ask-result', { timeout: 15000 });
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids');
    // "Show every check" of the second credential opens the second credential's details.
    const second = page.locator('article.presented[data-credential="2"]');
    await second.locator('a[href="#c2-details"]').click();
    assert.equal(await page.locator('#c2-details').evaluate((d) => d.open), true);
    assert.equal(await page.locator('#c1-details').evaluate((d) => d.open), false);
    await context.close();
  });
});
