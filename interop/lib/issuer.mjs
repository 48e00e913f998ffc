// Talks to a running Tessera issuer and verifier over HTTP, as any outside client would.
// The services come from the environment (interop/run.sh sets it): ISSUER_URL,
// ISSUER_ADMIN_TOKEN, VERIFIER_URL. A missing variable fails the test run loudly.
import { readFileSync } from 'node:fs';
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

/** Defines the demo CMF micro-credential (a fresh achievement per call). */
export async function createAchievement() {
  return admin('POST', '/api/achievements', ACHIEVEMENT, 201);
}

/** Issues a credential for LEARNER; returns {id, jwt, credential, header, payload, ...}. */
export async function issue(achievementId) {
  const issued = await admin('POST', '/api/credentials',
    { achievementId, learner: { name: LEARNER.name, email: LEARNER.email } }, 201);
  return { ...issued, header: decodeProtectedHeader(issued.jwt), payload: decodeJwt(issued.jwt) };
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
