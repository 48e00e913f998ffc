// Helpers for the browser tests: the issuer admin API, share links, a Chromium launcher, an
// independent baked-PNG writer and an untrusted signer (jose). No Tessera code is reused here.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export const ISSUER_URL = required('ISSUER_URL');
export const ISSUER_ADMIN_TOKEN = required('ISSUER_ADMIN_TOKEN');
export const VERIFIER_URL = required('VERIFIER_URL');
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'target', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The learner of these tests: their name and e-mail must never reach a service log. */
export const LEARNER = {
  name: 'Browser Learner Zyxwv',
  email: 'browser.learner.zyxwv@example.org',
};

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set (run through interop/run.sh)`);
  }
  return value.replace(/\/+$/, '');
}

async function api(method, path, body) {
  const response = await fetch(ISSUER_URL + path, {
    method,
    headers: { Authorization: `Bearer ${ISSUER_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : {};
}

/** A CMF-conformant micro-credential definition. */
export async function createAchievement() {
  return api('POST', '/api/achievements', {
    name: 'Accessible Web Interfaces',
    description: 'Design and test web interfaces that meet WCAG 2.1 AA.',
    criteria: 'Pass the supervised practical exam and an accessibility audit project.',
    creditsAvailable: 5,
    eqfLevel: 6,
    hours: 125,
    learningOutcomes: [
      { title: 'Audit a web page against WCAG 2.1 AA' },
      { title: 'Repair keyboard and screen-reader barriers' },
    ],
    assessment: { methods: ['practical exam', 'audit project'], summative: true },
    participationForm: 'online',
    qualityAssurance: { qaType: 'internal-and-external', description: 'Accredited programme' },
    identityVerification: 'supervised-online',
    inLanguage: 'en',
  });
}

/** Issues a credential to {@link LEARNER}; returns {id, jwt, credential}. */
export async function issue(achievementId) {
  return api('POST', '/api/credentials', {
    achievementId,
    learner: { name: LEARNER.name, email: LEARNER.email },
    result: [{ value: '9', status: 'Completed' }],
  });
}

export async function revoke(credentialId) {
  return api('POST', `/api/credentials/${credentialId}/revoke`, { reason: 'browser test' });
}

/** A share link on the verifier: {id, url, qr, manageToken, expiresAt}. */
export async function share(jwt, expiresInSeconds) {
  const body = { credential: jwt };
  if (expiresInSeconds !== undefined) {
    body.expiresInSeconds = expiresInSeconds;
  }
  const response = await fetch(`${VERIFIER_URL}/shares`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`POST /shares -> ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/**
 * Two credentials of one achievement with a share link each, the second then revoked:
 * {valid, revoked, validShare, revokedShare}.
 */
export async function validAndRevokedShares() {
  const achievement = await createAchievement();
  const valid = await issue(achievement.id);
  const revoked = await issue(achievement.id);
  const validShare = await share(valid.jwt);
  const revokedShare = await share(revoked.jwt);
  await revoke(revoked.id);
  return { valid, revoked, validShare, revokedShare };
}

/** The verifier-relative path of a share URL (the service may advertise another host). */
export function sharePath(created) {
  return new URL(created.url).pathname;
}

/** Flips one character in the payload of a compact JWT. */
export function tamper(jwt) {
  const [h, p, s] = jwt.split('.');
  const i = Math.floor(p.length / 2);
  const c = p[i] === 'A' ? 'B' : 'A';
  return `${h}.${p.slice(0, i)}${c}${p.slice(i + 1)}.${s}`;
}

/**
 * The same credential re-issued by an issuer that is on no trust list: a did:jwk key made here,
 * signed with jose (OB 3.0 JWT proof: credential + iss/sub/jti/nbf).
 */
export async function untrustedCopy(credential) {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const did = `did:jwk:${Buffer.from(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })).toString('base64url')}`;
  const vc = structuredClone(credential);
  vc.id = `urn:uuid:${crypto.randomUUID()}`;
  vc.issuer.id = did;
  if (vc.credentialSubject.achievement.creator) {
    vc.credentialSubject.achievement.creator.id = did;
  }
  delete vc.credentialStatus;
  return new SignJWT({ ...vc })
    .setProtectedHeader({ alg: 'ES256', kid: `${did}#0` })
    .setIssuer(did)
    .setSubject(vc.credentialSubject.id)
    .setJti(vc.id)
    .setNotBefore(Math.floor(Date.parse(vc.validFrom) / 1000))
    .sign(privateKey);
}

/** A small PNG with the credential in an iTXt chunk "openbadgecredential" (OB 3.0 baking). */
export function bakedPng(jwt) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(typed) >>> 0);
    return Buffer.concat([length, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc(16 * (1 + 16 * 3), 0x33);
  for (let y = 0; y < 16; y++) {
    raw[y * (1 + 16 * 3)] = 0; // filter: none
  }
  const itxt = Buffer.concat([
    Buffer.from('openbadgecredential', 'latin1'), Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(jwt, 'utf8'),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('iTXt', itxt), chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Debian's chromium, headless, no network side traffic. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
