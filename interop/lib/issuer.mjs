// Talks to a running Tessera issuer and verifier over HTTP, as any outside client would.
// The services come from the environment (interop/run.sh sets it): ISSUER_URL,
// ISSUER_ADMIN_TOKEN, VERIFIER_URL. A missing variable fails the test run loudly.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeProtectedHeader, decodeJwt } from 'jose';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the interop tests through interop/run.sh`);
  }
  return value.replace(/\/$/, '');
}

export const ISSUER_URL = required('ISSUER_URL');
export const VERIFIER_URL = required('VERIFIER_URL');
const ADMIN_TOKEN = required('ISSUER_ADMIN_TOKEN');

/** The learner of every test credential; run.sh checks that no service log contains it. */
export const LEARNER = JSON.parse(readFileSync(new URL('./learner.json', import.meta.url), 'utf8'));

const ACHIEVEMENT = JSON.parse(
  readFileSync(new URL('../../scripts/demo-data/achievement.json', import.meta.url), 'utf8'));

async function call(method, url, { body, headers = {}, expect } = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (expect !== undefined && response.status !== expect) {
    throw new Error(`${method} ${url}: expected HTTP ${expect}, got ${response.status}: `
      + (await response.text()).slice(0, 500));
  }
  return response;
}

/** Admin API call with the bearer token; returns the parsed JSON body. */
export async function admin(method, path, body, expect = 200) {
  const response = await call(method, ISSUER_URL + path, {
    body, expect, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  return response.json();
}

/**
 * Defines the demo CMF micro-credential (a fresh achievement per call); `overrides` are merged
 * into the definition, e.g. `{ suspension: true }`.
 */
export async function createAchievement(overrides = {}) {
  return admin('POST', '/api/achievements', { ...ACHIEVEMENT, ...overrides }, 201);
}

/**
 * Issues a credential for LEARNER; `extra` members join the request (e.g. `validUntil`).
 * Returns {id, jwt, credential, header, payload, ...}.
 */
export async function issue(achievementId, extra = {}) {
  const issued = await admin('POST', '/api/credentials',
    { achievementId, learner: { name: LEARNER.name, email: LEARNER.email }, ...extra }, 201);
  return { ...issued, header: decodeProtectedHeader(issued.jwt), payload: decodeJwt(issued.jwt) };
}

/**
 * A credential bound to the wallet DID `holder` (a fresh achievement), from the default issuer
 * or from `institution` (an institution id); returns the JWT.
 */
export async function issueToHolder(holder, institution) {
  const prefix = institution ? `/institutions/${institution}` : '';
  const achievement = await admin('POST', `${prefix}/api/achievements`, ACHIEVEMENT, 201);
  const issued = await admin('POST', `${prefix}/api/credentials`, {
    achievementId: achievement.id,
    learner: { name: 'Presentation Holder', email: 'holder@example.org', did: holder },
  }, 201);
  return issued.jwt;
}

/** A fresh achievement and one credential for it. */
export async function issueFresh() {
  const achievement = await createAchievement();
  return issue(achievement.id);
}

export async function revoke(id) {
  return admin('POST', `/api/credentials/${encodeURIComponent(id)}/revoke`,
    { reason: 'interop test' }, 200);
}

/** POST /api/credentials/{id}/{action} without a body (suspend, reinstate). */
export async function changeStatus(id, action) {
  return admin('POST', `/api/credentials/${encodeURIComponent(id)}/${action}`, undefined, 200);
}

/** GET a public resource; returns the Response (status checked). */
export async function getPublic(url, expect = 200) {
  return call('GET', url, { expect });
}

export async function jwks() {
  return (await getPublic(`${ISSUER_URL}/.well-known/jwks.json`)).json();
}

export async function didDocument() {
  return (await getPublic(`${ISSUER_URL}/.well-known/did.json`)).json();
}

/** POST /credentials/verify on the Tessera verifier; returns {status, report}. */
export async function verifyWithTessera(jwt) {
  const response = await call('POST', `${VERIFIER_URL}/credentials/verify`,
    { body: { verifiableCredential: jwt } });
  return { status: response.status, report: await response.json() };
}

/** The error codes of a verification report, in order. */
export function codes(report) {
  return report.errors.map((e) => e.code);
}

/** One named check of a verification report. */
export function check(report, id) {
  return report.checks.find((c) => c.id === id);
}

/** The longest ttl (ms) of the credential's status lists, read as a verifier would. */
export async function statusListTtlMillis(credential) {
  const entries = [credential.credentialStatus ?? []].flat();
  let ttl = 0;
  for (const entry of entries) {
    const jwt = await (await getPublic(entry.statusListCredential)).text();
    const payload = decodeJwt(jwt);
    ttl = Math.max(ttl, payload.credentialSubject.ttl ?? 300_000);
  }
  return ttl;
}

/**
 * Verifies `jwt` with Tessera until `done(result)` holds or `deadline` (epoch ms) passes, every
 * 250 ms: the verifier may cache a status list for its ttl. Returns the last {status, report}.
 */
export async function verifyUntil(jwt, done, deadline) {
  let result = await verifyWithTessera(jwt);
  while (!done(result) && Date.now() < deadline) {
    await sleep(250);
    result = await verifyWithTessera(jwt);
  }
  return result;
}
