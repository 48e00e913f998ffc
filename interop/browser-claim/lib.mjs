// Shared by the claim page browser tests: environment, the admin API, the browser.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ISSUER = required('ISSUER_URL').replace(/\/$/, '');
export const TOKEN = required('ISSUER_ADMIN_TOKEN');
export const VERIFIER = required('VERIFIER_URL').replace(/\/$/, '');

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** POST to the issuer's admin API; the parsed answer, which must be a success. */
export async function admin(path, body) {
  const response = await fetch(ISSUER + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A small CMF-complete achievement definition with this name. */
export function achievementNamed(name, outcome = 'Use a wallet') {
  return {
    name,
    description: 'Checks the claim page in a real browser.',
    criteria: 'Pass the supervised exam.',
    creditsAvailable: 5, eqfLevel: 6, hours: 125,
    learningOutcomes: [{ title: outcome }],
    assessment: { methods: ['written exam'], summative: true },
    participationForm: 'online',
    qualityAssurance: { qaType: 'internal', description: 'Programme board' },
    identityVerification: 'supervised-online',
  };
}

/** Debian's headless chromium (CHROMIUM overrides the path). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
