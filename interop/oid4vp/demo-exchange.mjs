// One OpenID4VP exchange end to end, for scripts/demo.sh: issues one credential from each of
// two institutions to the sample learner's did:key, asks the verifier for micro-credentials
// (DCQL), answers as the learner's wallet (@openid4vc/openid4vp, keys-sample/wallet/learner.jwk)
// and prints the verifier's result. Exit 0 only for verified and holder bound.
// Environment: ISSUER_URL, ISSUER_ADMIN_TOKEN, VERIFIER_URL, ISSUER_INSTITUTION_ID.
import { readFileSync } from 'node:fs';
import { VERIFIER_URL, issueToHolder } from '../lib/issuer.mjs';
import { ed25519DidKey } from '../lib/did-key.mjs';
import { present } from './wallet.mjs';

const LEARNER_JWK = JSON.parse(readFileSync(
  new URL('../../keys-sample/wallet/learner.jwk', import.meta.url), 'utf8'));
const { did: holder } = ed25519DidKey(LEARNER_JWK);

const credentials = [await issueToHolder(holder),
  await issueToHolder(holder, process.env.ISSUER_INSTITUTION_ID)];
console.log(`learner's wallet: ${holder}, two credentials (two institutions)`);

const created = await (await fetch(`${VERIFIER_URL}/oid4vp/transactions`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'micro-credentials' }),
})).json();
console.log(`verifier asks (DCQL "${created.query}"): ${created.authorizationRequest}`);

const { resolved, status, body } = await present(created.authorizationRequest, credentials,
  LEARNER_JWK);
console.log(`wallet verified the request object of ${resolved.client.identifier}`
  + ` (${resolved.client.prefix}); answer: HTTP ${status} ${JSON.stringify(body)}`);

const { result } = await (await fetch(`${VERIFIER_URL}/oid4vp/transactions/${created.id}`, {
  headers: { authorization: `Bearer ${created.readToken}` },
})).json();
for (const [i, p] of result.presentations.entries()) {
  for (const c of p.report.credentials) {
    console.log(`  presentation ${i + 1}: ${c.report.verified ? 'VERIFIED' : 'NOT VERIFIED'},`
      + ` issuer ${c.report.issuer?.name ?? c.report.issuer?.id}, binding ${c.binding}`);
  }
}
console.log(`result: verified=${result.verified} holderBound=${result.holderBound}`
  + (result.errors.length ? ` errors=${result.errors.map((e) => e.code)}` : ''));
process.exit(result.verified && result.holderBound ? 0 : 1);
