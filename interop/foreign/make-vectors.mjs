// Writes verifier/src/test/resources/vectors/foreign/: credentials signed by independent
// implementations (`jose`, `did-jwt-vc`) from did:jwk and did:key issuers, in the OB 3.0 JWT,
// VCDM 1.1 `vc`-claim and VC-JOSE-COSE shapes. Run once (`node interop/foreign/make-vectors.mjs`)
// and commit the output: the keys are fresh each run, the Java test reads the folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createVerifiableCredentialJwt } from 'did-jwt-vc';
import { EdDSASigner, ES256Signer } from 'did-jwt';
import { base58btc } from 'multiformats/bases/base58';
import { STATUS_HOST, STATUS_V1, statusEntry, statusListJwt, vcClaimJoseJwt } from './status-lists.mjs';
import { writeClrVectors } from './clr-vectors.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'verifier/src/test/resources/vectors/foreign');
const OB_EXAMPLE = join(OUT, '007-ob-spec-full-example/source.json');
const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const OB = (v) => `https://purl.imsglobal.org/spec/ob/v3p0/context-${v}.json`;
const EXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
const SCHEMA = [{
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
}];
const ISSUED = '2026-01-01T00:00:00Z';

async function didJwk(alg) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const did = `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
  return { did, kid: `${did}#0`, alg, privateKey, privateJwk: await exportJWK(privateKey) };
}

async function didKeyEd25519() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(publicKey);
  const multikey = base58btc.encode(Buffer.concat([Buffer.from([0xed, 0x01]),
    Buffer.from(jwk.x, 'base64url')]));
  const did = `did:key:${multikey}`;
  return { did, kid: `${did}#${multikey}`, alg: 'EdDSA', privateKey, privateJwk: await exportJWK(privateKey) };
}

function achievementCredential(contexts, issuer, dates) {
  return {
    '@context': contexts,
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Foreign Badge',
    issuer: { id: issuer.did, type: ['Profile'], name: 'Foreign Issuer' },
    ...dates,
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://foreign.example/achievements/1',
        type: ['Achievement'],
        name: 'Foreign Achievement',
        description: 'Awarded by an issuer that Tessera does not run.',
        criteria: { narrative: 'Pass the exam.' },
      },
    },
    credentialSchema: SCHEMA,
  };
}

/** OB 3.0 JWT proof: the credential plus iss/sub/jti/nbf (jose). */
async function ob3Jwt(credential, issuer, header = {}) {
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: issuer.alg, kid: issuer.kid, typ: 'JWT', ...header })
    .setIssuer(issuer.did).setSubject(credential.credentialSubject.id).setJti(credential.id)
    .setNotBefore(Date.parse(credential.validFrom) / 1000)
    .sign(issuer.privateKey);
}

/** VC-JOSE-COSE: the credential is the payload, typ vc+jwt, cty vc (jose). */
async function vcJoseCose(credential, issuer) {
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: issuer.alg, kid: issuer.kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(issuer.privateKey);
}

/** VCDM 1.1 JWT with the `vc` claim (did-jwt-vc). */
async function vcClaimJwt(credential, issuer) {
  const key = Buffer.from(issuer.privateJwk.d, 'base64url');
  const signer = issuer.alg === 'EdDSA' ? EdDSASigner(Buffer.concat([key,
    Buffer.from(issuer.privateJwk.x, 'base64url')])) : ES256Signer(key);
  return createVerifiableCredentialJwt(credential,
    { did: issuer.did, signer, alg: issuer.alg }, { header: { kid: issuer.kid } });
}

function tamper(jwt) {
  const [h, p, s] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  const target = claims.vc ?? claims;
  target.name = `${target.name} (forged)`;
  return [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
}

/** `files`: further files of the vector, e.g. the status list its credential names. */
function write(name, description, implementation, jwt, expected, files = {}) {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.jwt'), `${jwt}\n`);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), `${content}\n`);
  writeFileSync(join(dir, 'vector.json'), `${JSON.stringify({ description, implementation }, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

const jwkIssuer = await didJwk('ES256');
const keyIssuer = await didKeyEd25519();
const untrusted = await didJwk('ES256');
const v2 = { validFrom: ISSUED };
const v11 = { issuanceDate: ISSUED };
const ok = { verified: true };

const ob3 = await ob3Jwt(achievementCredential([V2, OB('3.0.3'), EXT], jwkIssuer, v2), jwkIssuer);
write('001-ob3-jwt-did-jwk', 'OB 3.0 JWT (VCDM 2.0), did:jwk ES256', 'jose', ob3, ok);
write('002-vc-jose-cose-did-key', 'VC-JOSE-COSE vc+jwt with cty vc, did:key Ed25519', 'jose',
  await vcJoseCose(achievementCredential([V2, OB('3.0.3'), EXT], keyIssuer, v2), keyIssuer), ok);
for (const [n, version] of [['003', '3.0.0'], ['004', '3.0.1'], ['005', '3.0.2']]) {
  write(`${n}-vcdm11-vc-claim-ob-${version}`, `VCDM 1.1 vc-claim JWT, OB context ${version}, issuanceDate, did:key Ed25519`,
    'did-jwt-vc', await vcClaimJwt(achievementCredential([V1, OB(version), EXT], keyIssuer, v11), keyIssuer), ok);
}
write('006-vcdm11-vc-claim-did-jwk', 'VCDM 1.1 vc-claim JWT, OB 3.0.2, did:jwk ES256', 'did-jwt-vc',
  await vcClaimJwt(achievementCredential([V1, OB('3.0.2'), EXT], jwkIssuer, v11), jwkIssuer), ok);

const example = JSON.parse(readFileSync(OB_EXAMPLE, 'utf8'));
example.issuer.id = jwkIssuer.did;
// The example's status is a 1EdTechRevocationList at 1edtech.edu and its refresh service is
// there too: nothing this offline suite can fetch, so they are left out.
delete example.credentialStatus;
delete example.refreshService;
write('007-ob-spec-full-example', 'the OB 3.0 specification\'s complete example (issuer id replaced, status and refresh service removed), vc+jwt, did:jwk ES256',
  'jose', await vcJoseCose(example, jwkIssuer), ok);

write('101-tampered-ob3-jwt', 'vector 001 with another name under the same signature', 'jose',
  tamper(ob3), { verified: false, code: 'SIGNATURE_INVALID' });
write('102-tampered-vc-claim', 'a did-jwt-vc vc-claim JWT with another name', 'did-jwt-vc',
  tamper(await vcClaimJwt(achievementCredential([V1, OB('3.0.2'), EXT], keyIssuer, v11), keyIssuer)),
  { verified: false, code: 'SIGNATURE_INVALID' });
write('103-untrusted-did-jwk', 'a genuine OB 3.0 JWT from a did:jwk not on the trust list', 'jose',
  await ob3Jwt(achievementCredential([V2, OB('3.0.3'), EXT], untrusted, v2), untrusted),
  { verified: false, code: 'ISSUER_NOT_TRUSTED' });
write('104-vcdm11-without-issuance-date', 'VCDM 1.1 credential with validFrom only: its own era\'s schema requires issuanceDate',
  'jose', await vcJoseCoseLike(), { verified: false, code: 'SCHEMA_INVALID' });
write('105-header-jwk', 'VC-JOSE-COSE with the signing key embedded as header jwk', 'jose',
  await new SignJWT(achievementCredential([V2, OB('3.0.3'), EXT], jwkIssuer, v2))
    .setProtectedHeader({ alg: 'ES256', kid: jwkIssuer.kid, typ: 'vc+jwt',
      jwk: await exportJWK(jwkIssuer.privateKey).then(({ d, ...pub }) => pub) })
    .sign(jwkIssuer.privateKey), { verified: false, code: 'HEADER_NOT_ALLOWED' });

async function vcJoseCoseLike() {
  const credential = achievementCredential([V1, OB('3.0.2'), EXT], jwkIssuer, { validFrom: ISSUED });
  return ob3Jwt(credential, jwkIssuer);
}

// EndorsementCredentials, validated against the schema of their own data model.
const ENDORSEMENT_SCHEMA = [{
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
}];
function endorsement(contexts, issuer, dates) {
  return {
    '@context': contexts,
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: 'Endorsement of Foreign Achievement',
    issuer: { id: issuer.did, type: ['Profile'], name: 'Foreign Endorser' },
    ...dates,
    credentialSubject: {
      id: 'https://foreign.example/achievements/1',
      type: ['EndorsementSubject'],
      endorsementComment: 'The assessment is rigorous.',
    },
    credentialSchema: ENDORSEMENT_SCHEMA,
  };
}
const endorsement11 = await vcClaimJwt(endorsement([V1, OB('3.0.2'), EXT], keyIssuer, v11), keyIssuer);
write('008-endorsement-vcdm11-vc-claim', 'VCDM 1.1 EndorsementCredential in a vc claim, OB 3.0.2, did:key Ed25519: its era\'s EndorsementCredential schema', 'did-jwt-vc', endorsement11, ok);
write('009-endorsement-vc-jose-cose', 'VCDM 2.0 EndorsementCredential as vc+jwt, did:jwk ES256', 'jose',
  await vcJoseCose(endorsement([V2, OB('3.0.3'), EXT], jwkIssuer, v2), jwkIssuer), ok);
write('106-tampered-endorsement-vcdm11', 'vector 008 re-encoded with another name', 'did-jwt-vc + hand',
  tamper(endorsement11), { verified: false, code: 'SIGNATURE_INVALID' });
write('107-endorsement-vcdm11-without-issuance-date', 'VCDM 1.1 EndorsementCredential with validFrom only: its era\'s schema requires issuanceDate',
  'jose', await ob3Jwt(endorsement([V1, OB('3.0.2'), EXT], jwkIssuer, v2), jwkIssuer),
  { verified: false, code: 'SCHEMA_INVALID' });

// Bitstring status lists in both JWT forms, each served from its vector folder.
const STATUS_INDEX = 4711;
for (const [n, revokedN, form] of [['010', '108', 'vc+jwt'], ['011', '109', 'vc-claim']]) {
  for (const [name, revoked] of [[`${n}-status-${form.replace('+', '-')}-valid`, []],
    [`${revokedN}-status-${form.replace('+', '-')}-revoked`, [STATUS_INDEX]]]) {
    const url = `${STATUS_HOST}/${name}/status-list.jwt`;
    const list = await statusListJwt(form, url, jwkIssuer, revoked, ISSUED);
    const jwt = form === 'vc+jwt'
      ? await vcJoseCose({ ...achievementCredential([V2, OB('3.0.3'), EXT], jwkIssuer, v2),
        credentialStatus: statusEntry(url, STATUS_INDEX) }, jwkIssuer)
      : await vcClaimJoseJwt({ ...achievementCredential([V1, OB('3.0.2'), EXT, STATUS_V1], jwkIssuer, v11),
        credentialStatus: statusEntry(url, STATUS_INDEX) }, jwkIssuer);
    write(name, `${form === 'vc+jwt' ? 'VC-JOSE-COSE (VCDM 2.0)' : 'VCDM 1.1 vc-claim'} credential whose BitstringStatusListCredential, in the same form, has bit ${STATUS_INDEX} ${revoked.length ? 'set' : 'clear'}`,
      'jose', jwt, revoked.length ? { verified: false, code: 'REVOKED' } : ok, { 'status-list.jwt': list });
  }
}
const list2021 = `${STATUS_HOST}/110-status-list-2021/status-list.jwt`;
write('110-status-list-2021', 'VCDM 1.1 credential with a StatusList2021Entry and the status-list/2021 context (not accepted, decision 0043)', 'jose',
  await vcClaimJoseJwt({ ...achievementCredential([V1, OB('3.0.2'), EXT, 'https://w3id.org/vc/status-list/2021/v1'], jwkIssuer, v11),
    credentialStatus: { id: `${list2021}#1`, type: 'StatusList2021Entry', statusPurpose: 'revocation',
      statusListIndex: '1', statusListCredential: list2021 } }, jwkIssuer),
  { verified: false, code: 'STATUS_LIST_INVALID' });

await writeClrVectors({ write, jwkIssuer, keyIssuer, achievementCredential, vcJoseCose, tamper,
  contexts: { V1, V2, OB, EXT }, issued: ISSUED });

writeFileSync(join(OUT, 'trusted-issuers.json'), `${JSON.stringify(
  { trusted: [jwkIssuer.did, keyIssuer.did], untrusted: [untrusted.did] }, null, 2)}\n`);
console.log(`wrote ${OUT}`);
