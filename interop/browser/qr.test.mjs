// Issue #16 item 6: camera QR scanning also without BarcodeDetector. Chromium on Linux has no
// BarcodeDetector, so the verification page falls back to jsQR, a local asset (CSP 'self'). A fake
// camera is hard to drive; instead the page's own decoding path (window.tesseraQr) reads a share
// link's QR code, as the verifier draws it (shared.qr.QrSvg), from a canvas — under the page's CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VERIFIER_URL, createAchievement, issue, launch, share, sharePath } from './lib.mjs';

const JSQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'));

describe('camera QR scan without BarcodeDetector (jsQR fallback)', () => {
  let browser;
  let created;

  before(async () => {
    browser = await launch();
    created = await share((await issue((await createAchievement()).id)).jwt);
  });

  after(async () => {
    await browser?.close();
  });

  test('the served decoder is the npm package\'s file, byte for byte', async () => {
    const response = await fetch(`${VERIFIER_URL}/assets/jsqr.js`);
    assert.equal(response.status, 200);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(JSQR),
      'assets/jsqr.js differs from node_modules/jsqr/dist/jsQR.js');
  });

  test('the page offers the scan and decodes a share link\'s QR code through jsQR', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${VERIFIER_URL}/en/`);
    assert.equal(await page.evaluate(() => 'BarcodeDetector' in window), false,
      'this Chromium has no BarcodeDetector: the fallback is what runs');
    assert.equal(await page.locator('#scan').isVisible(), true, 'the scan button is offered');
    assert.equal(await page.evaluate(() => 'jsQR' in window), false, 'jsQR loads only when needed');

    const decoded = await page.evaluate(async (qrPath) => {
      const image = new Image();
      image.src = qrPath;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 480;
      const context = canvas.getContext('2d');
      // A camera sees the code on paper: white around it (the SVG may be transparent).
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 40, 40, 400, 400);
      return window.tesseraQr.decodeImageData(context.getImageData(0, 0, canvas.width, canvas.height));
    }, `${sharePath(created)}/qr.svg`);
    assert.equal(decoded, created.url);

    // A frame without a code reads as nothing, not as an error.
    const empty = await page.evaluate(() => window.tesseraQr.decodeImageData(
      new ImageData(new Uint8ClampedArray(64 * 64 * 4).fill(255), 64, 64)));
    assert.equal(empty, null);
    assert.deepEqual(errors, [], 'no console errors (a CSP refusal of jsqr.js shows here)');
    await context.close();
  });
});
