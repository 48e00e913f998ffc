// Produces JWT vectors with the independent `jose` npm package (panva/jose), so that Tessera's
// Java verifier is tested against tokens it did not make. See README.md for how to run it.
import { readFileSync, writeFileSync } from 'node:fs';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

// The jose version actually used, read from the installation next to the working directory.
const joseVersion = JSON.parse(
  readFileSync(new URL('node_modules/jose/package.json', 'file://' + process.cwd() + '/'), 'utf8'),
).version;

const credential = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:6f3c1e0e-8a57-4a7c-9d4a-2c1f0b6b1a01',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:issuer.example', type: ['Profile'], name: 'Example University' },
  validFrom: '2025-01-15T10:00:00Z',
  name: 'Interop vector',
  credentialSubject: {
    id: 'did:example:learner',
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://issuer.example/achievements/1',
      type: ['Achievement'],
      name: 'Interop',
      criteria: { narrative: 'Made by make-vectors.mjs' },
    },
  },
};

const claims = {
  ...credential,
  iss: credential.issuer.id,
  sub: credential.credentialSubject.id,
  jti: credential.id,
  nbf: Date.parse(credential.validFrom) / 1000,
};

async function vector(file, alg, options) {
  const { publicKey, privateKey } = await generateKeyPair(alg, options);
  const publicJwk = await exportJWK(publicKey);
  const kid = 'did:web:issuer.example#key-' + alg.toLowerCase();
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .sign(privateKey);
  const out = { alg, kid, publicJwk, token, generator: 'npm jose ' + joseVersion };
  writeFileSync(new URL(file, import.meta.url), JSON.stringify(out, null, 2) + '\n');
}

await vector('es256.json', 'ES256', {});
await vector('eddsa.json', 'EdDSA', { crv: 'Ed25519' });
