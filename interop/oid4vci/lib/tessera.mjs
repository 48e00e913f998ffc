// Admin-side set-up and verification for the wallet interop tests: an achievement, a credential
// and an offer through the Tessera issuer's admin API (of the default institution or of a
// further one); the Tessera verifier's HTTP API.
import { exportJWK, generateKeyPair } from 'jose';
import { ed25519DidKey } from '../../lib/did-key.mjs';

export const ISSUER_URL = required('ISSUER_URL');
export const VERIFIER_URL = required('VERIFIER_URL');
const ADMIN_TOKEN = required('ISSUER_ADMIN_TOKEN');

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value.replace(/\/$/, '');
}

/** A further institution of the issuer (run.sh: ISSUER_INSTITUTIONS) and its address. */
export const INSTITUTION_ID = required('ISSUER_INSTITUTION_ID');
export const INSTITUTION_URL = `${ISSUER_URL}/institutions/${INSTITUTION_ID}`;

async function admin(path, body) {
  const response = await fetch(`${ISSUER_URL}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${json.code ?? ''}`);
  return json;
}

const ACHIEVEMENT = {
  name: 'Data Stewardship for Researchers',
  description: 'Plan, document and share research data according to FAIR principles.',
  criteria: 'Pass the supervised written exam and submit a data management plan.',
  creditsAvailable: 5, eqfLevel: 6, hours: 125,
  learningOutcomes: [{ title: 'Write a data management plan' }],
  assessment: { methods: ['written exam'], summative: true },
  participationForm: 'blended',
  qualityAssurance: { qaType: 'internal-and-external', description: 'Accredited programme' },
  identityVerification: 'supervised-onsite',
  inLanguage: 'en',
};

/**
 * A fresh credential, issued by the default institution or with `institution` (an id) by that
 * one: {credentialId, jwt, ...} as the admin API answers.
 */
export async function issueFresh({ institution } = {}) {
  const prefix = institution ? `/institutions/${institution}` : '';
  const achievement = await admin(`${prefix}/api/achievements`, ACHIEVEMENT);
  const credential = await admin(`${prefix}/api/credentials`, {
    achievementId: achievement.id,
    learner: { name: 'Interop Wallet Holder', email: 'holder@example.org' },
  });
  return { ...credential, prefix };
}

/** A fresh credential and an offer for it: {credentialId, offer: {credential_offer, tx_code?}}. */
export async function offerFreshCredential({ txCode = false, institution } = {}) {
  const credential = await issueFresh({ institution });
  const offer = await admin(`${credential.prefix}/api/credentials/${credential.id}/offer`,
    { txCode });
  return { credentialId: credential.id, offer };
}

/** A wallet key pair and its did:jwk (verification method #0). */
export async function didJwkWallet(alg = 'ES256') {
  const { publicKey, privateKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
  const jwk = await exportJWK(publicKey);
  // did:jwk: base64url of the JWK's required members (JCS order), as the issuer derives it.
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
    : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  const did = `did:jwk:${Buffer.from(JSON.stringify(members)).toString('base64url')}`;
  return { did, kid: `${did}#0`, alg, publicJwk: jwk, privateKey };
}

/** An Ed25519 wallet key and its did:key (multicodec 0xed01). */
export async function didKeyWallet() {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = await exportJWK(publicKey);
  const { did, kid } = ed25519DidKey(jwk);
  return { did, kid, alg: 'EdDSA', publicJwk: jwk, privateKey };
}

export function payload(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** The Tessera verifier's report for a JWT. */
export async function verifyWithTessera(jwt) {
  const response = await fetch(`${VERIFIER_URL}/credentials/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ verifiableCredential: jwt }),
  });
  return { status: response.status, report: await response.json() };
}
