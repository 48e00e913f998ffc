// Issue #16 (verifier pages): every page fits a 360 px phone in every language, a credential that
// did not verify never looks good (no green standards line, no share button), and a share page
// shows a revocation within seconds, not after the status list's cache ttl (decision 0050).
// Runs against a running issuer and verifier (ISSUER_URL, ISSUER_ADMIN_TOKEN, VERIFIER_URL).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VERIFIER_URL, createAchievement, issue, launch, revoke, screenshot, share, sharePath, tamper,
  untrustedCopy, validAndRevokedShares,
} from './lib.mjs';

const LANGS = ['en', 'de', 'nl', 'fr', 'es', 'it', 'pl'];
const PHONE = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * Elements that reach past the right edge of the viewport, details opened; an element inside
 * its own scroll box (the raw JSON) scrolls there, not the page, and is not counted.
 */
async function tooWide(page) {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) {
          return true;
        }
      }
      return false;
    };
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !scrolls(el)) {
        wide.push(`${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} → ${Math.round(box.right)}px`);
      }
    }
    return { width, pageScroll: document.documentElement.scrollWidth - width, wide };
  });
}

describe('verifier pages on a phone, and fresh revocation', () => {
  let browser;
  let valid;
  let revoked;
  let validShare;
  let revokedShare;

  before(async () => {
    browser = await launch();
    ({ valid, revoked, validShare, revokedShare } = await validAndRevokedShares());
  });

  after(async () => {
    await browser?.close();
  });

  async function open(path, options) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(VERIFIER_URL + path);
    return { context, page };
  }

  async function pasted(lang, jwt, options) {
    const opened = await open(`/${lang}/`, options);
    await opened.page.locator('#credential').fill(jwt);
    await opened.page.locator('#verify').click();
    await opened.page.waitForSelector('[data-verdict]');
    return opened;
  }

  async function assertFits(page, what) {
    const { width, pageScroll, wide } = await tooWide(page);
    assert.equal(width, 360, `${what}: the viewport is a 360 px phone`);
    assert.deepEqual(wide, [], `${what}: elements wider than the viewport`);
    assert.ok(pageScroll <= 0, `${what}: the page scrolls ${pageScroll}px sideways`);
  }

  for (const lang of LANGS) {
    test(`${lang}: form, valid, revoked, tampered and untrusted pages fit 360 px`, async () => {
      const pages = [
        ['form', () => open(`/${lang}/`, PHONE)],
        ['valid', () => open(`/${lang}${sharePath(validShare)}`, PHONE)],
        ['revoked', () => open(`/${lang}${sharePath(revokedShare)}`, PHONE)],
        ['tampered', () => pasted(lang, tamper(valid.jwt), PHONE)],
        ['untrusted', async () => pasted(lang, await untrustedCopy(valid.credential), PHONE)],
      ];
      for (const [name, openPage] of pages) {
        const { context, page } = await openPage();
        await screenshot(page, `phone-${lang}-${name}`);
        await assertFits(page, `${lang} ${name}`);
        await context.close();
      }
    });

    test(`${lang}: desktop screenshots of valid and revoked credentials`, async () => {
      for (const [name, created] of [['valid', validShare], ['revoked', revokedShare]]) {
        const { context, page } = await open(`/${lang}${sharePath(created)}`, DESKTOP);
        await screenshot(page, `desktop-${lang}-${name}`);
        await context.close();
      }
    });
  }

  test('a revoked credential\'s page shows no green CMF line and no share button', async () => {
    const { context, page } = await pasted('en', revoked.jwt, PHONE);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'revoked');
    assert.equal(await page.locator('[data-standard] .ok').count(), 0, 'no green standards line');
    assert.equal(await page.locator('[data-summary=cmf][data-state=ok]').count(), 0);
    assert.equal(await page.locator('#share').count(), 0, 'no share button');
    assert.equal(await page.locator('[data-summary=current]').getAttribute('data-state'), 'no');
    // The headline and verdict are on the first phone screen.
    const verdictTop = await page.locator('[data-verdict]').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(verdictTop < 800, `verdict starts at ${verdictTop}px`);
    await context.close();
  });

  test('after revoking through the issuer API, the share page shows "Revoked" within 10 seconds', async () => {
    const achievement = await createAchievement();
    const fresh = await issue(achievement.id);
    const created = await share(fresh.jwt);
    const { context, page } = await open(`/en${sharePath(created)}`, PHONE);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'valid');
    assert.equal(await page.locator('[data-status-checked]').count(), 1, 'says when revocation was checked');

    await revoke(fresh.id);
    const started = Date.now();
    let verdict = 'valid';
    while (verdict !== 'revoked' && Date.now() - started < 10_000) {
      await page.reload();
      verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
      if (verdict !== 'revoked') {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const seconds = (Date.now() - started) / 1000;
    assert.equal(verdict, 'revoked', `still "${verdict}" ${seconds}s after the revocation`);
    assert.match(await page.locator('.verdict h2').innerText(), /Revoked/);
    await screenshot(page, 'phone-en-revoked-after-reload');
    await context.close();
  });
});
