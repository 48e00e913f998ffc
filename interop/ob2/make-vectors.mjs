// Writes verifier/src/test/resources/vectors/ob2/: Open Badges 2.0 assertions (hosted, signed with
// `jose` CompactSign, baked into PNG and SVG) with the documents their issuer's site serves.
// Run once (`node interop/ob2/make-vectors.mjs`, after `npm ci` in interop/) and commit the
// output: keys and salts are fresh each run; the Java test (Ob2VectorsTest) reads the folder.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'verifier/src/test/resources/vectors/ob2');
const CONTEXT = 'https://w3id.org/openbadges/v2';
const ISSUER_HOST = 'https://issuer.ob2.test';
const OTHER_HOST = 'https://other.ob2.test';
const EMAIL = 'learner@example.org';

const issuer = (host, name, extra = {}) => ({
  '@context': CONTEXT, type: 'Issuer', id: `${host}/issuer.json`, name,
  url: host, email: 'badges@issuer.ob2.test', ...extra,
});
const badgeClass = (host, issuerId) => ({
  '@context': CONTEXT, type: 'BadgeClass', id: `${host}/badges/data-literacy.json`,
  name: 'Data Literacy', description: 'Reads and questions data.',
  image: `${host}/badges/data-literacy.png`,
  criteria: { narrative: 'Completed the data literacy course.' }, issuer: issuerId,
});
function recipient(email) {
  const salt = randomBytes(8).toString('hex');
  const hash = createHash('sha256').update(email + salt).digest('hex');
  return { type: 'email', hashed: true, salt, identity: `sha256$${hash}` };
}
const assertion = (id, badge, verification, extra = {}) => ({
  '@context': CONTEXT, type: 'Assertion', id, recipient: recipient(EMAIL), badge,
  verification, issuedOn: '2025-06-01T10:00:00Z', expires: '2030-06-01T10:00:00Z', ...extra,
});
const revocationList = (host, revoked) => ({
  '@context': CONTEXT, type: 'RevocationList', id: `${host}/revocations.json`,
  issuer: `${host}/issuer.json`, revokedAssertions: revoked,
});

async function keyPair(alg, host, owner) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const id = `${host}/keys/${alg.toLowerCase()}.json`;
  const doc = { '@context': CONTEXT, type: 'CryptographicKey', id, owner,
    publicKeyPem: await exportSPKI(publicKey) };
  return { alg, id, doc, privateKey };
}
async function sign(key, payload, header = { alg: key.alg }) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header).sign(key.privateKey);
}

// --- baking: PNG iTXt "openbadges", SVG <openbadges:assertion> --------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function bakedPng(text) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0); ihdr.writeUInt32BE(1, 4); ihdr[8] = 8; ihdr[9] = 2;
  const idat = deflateSync(Buffer.from([0, 0x2a, 0x6f, 0xb4]));
  const itxt = Buffer.concat([Buffer.from('openbadges\0', 'latin1'), Buffer.from([0, 0, 0, 0]),
    Buffer.from(text, 'utf8')]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('iTXt', itxt), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
const bakedSvg = (verify, json) => `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" width="10" height="10">
  <openbadges:assertion verify="${verify}">${json ? `<![CDATA[${json}]]>` : ''}</openbadges:assertion>
  <rect width="10" height="10" fill="#2a6fb4"/>
</svg>
`;

// --- the vectors ------------------------------------------------------------------------------
const vectors = [];
const add = (name, what, input, site, expected, file = 'input.txt') =>
  vectors.push({ name, what, input, site, expected, file });
const json = (o) => JSON.stringify(o, null, 2);

const rsa = await keyPair('RS256', ISSUER_HOST, `${ISSUER_HOST}/issuer.json`);
const ec = await keyPair('ES256', ISSUER_HOST, `${ISSUER_HOST}/issuer.json`);
const foreignKey = await keyPair('RS256', OTHER_HOST, `${OTHER_HOST}/issuer.json`);
const profile = issuer(ISSUER_HOST, 'Example University', {
  publicKey: [rsa.id, ec.id], revocationList: `${ISSUER_HOST}/revocations.json`,
});
const badge = badgeClass(ISSUER_HOST, profile.id);
const hosted = (slug, extra) => assertion(`${ISSUER_HOST}/assertions/${slug}.json`, badge.id,
  { type: 'HostedBadge' }, extra);
const signedA = (key, extra) => assertion(`urn:uuid:${crypto.randomUUID()}`, badge.id,
  { type: 'SignedBadge', creator: key.id }, extra);
const site = (...docs) => Object.fromEntries(docs.map((d) => [d.id, d]));
const common = (revoked = []) => [profile, badge, rsa.doc, ec.doc,
  revocationList(ISSUER_HOST, revoked)];
const ok = (extra = {}) => ({ verified: true, ...extra });
const fail = (code, extra = {}) => ({ verified: false, code, ...extra });

const genuine = hosted('genuine');
add('001-hosted-genuine', 'hosted assertion JSON equal to its hosted copy; recipient e-mail checked',
  json(genuine), site(genuine, ...common([`${ISSUER_HOST}/assertions/other.json`])),
  ok({ recipientEmail: EMAIL }));
add('002-hosted-url', 'the URL of a hosted assertion', genuine.id, site(genuine, ...common()), ok());
const flagged = hosted('flagged', { revoked: true, revocationReason: 'Issued in error' });
add('003-hosted-revoked-flag', 'hosted assertion with revoked: true', json(flagged),
  site(flagged, ...common()), fail('OB2_REVOKED'));
const listed = hosted('listed');
add('004-hosted-revoked-list', 'hosted assertion whose id is on the issuer\'s revocation list',
  json(listed), site(listed, ...common([{ id: listed.id, revocationReason: 'Cheating' }])),
  fail('OB2_REVOKED'));
const presented = { ...genuine, issuedOn: '2024-01-01T10:00:00Z' };
add('005-hosted-mismatch', 'presented assertion differs (issuedOn) from the hosted copy',
  json(presented), site(genuine, ...common()), fail('OB2_HOSTED_MISMATCH'));
const foreignBadge = badgeClass(OTHER_HOST, profile.id);
const onForeign = assertion(`${ISSUER_HOST}/assertions/foreign-badge.json`, foreignBadge.id,
  { type: 'HostedBadge' });
add('006-badge-class-foreign-host', 'badge class on another host than its issuer',
  json(onForeign), site(onForeign, foreignBadge, ...common()), fail('OB2_ISSUER_MISMATCH'));
const expired = hosted('expired', { expires: '2025-12-31T00:00:00Z' });
add('007-hosted-expired', 'hosted assertion that expired before the test clock (2026-01-15)',
  json(expired), site(expired, ...common()), fail('OB2_EXPIRED'));
add('008-hosted-other-recipient', 'genuine hosted assertion checked against another e-mail',
  json(genuine), site(genuine, ...common()),
  fail('OB2_RECIPIENT_MISMATCH', { recipientEmail: 'someone.else@example.org' }));
const big = hosted('oversized', { narrative: 'x'.repeat(300 * 1024) });
add('009-hosted-oversized', 'hosted copy larger than the 256 KiB document cap',
  json({ ...big, narrative: undefined }), site(big, ...common()), fail('OB2_HOSTED_UNREACHABLE'));

const signedRs = signedA(rsa);
add('101-signed-genuine-rs256', 'signed assertion, RS256, key listed and owned by the issuer',
  await sign(rsa, signedRs), site(...common()), ok({ recipientEmail: EMAIL }));
const signedEs = signedA(ec);
add('102-signed-genuine-es256', 'signed assertion, ES256', await sign(ec, signedEs),
  site(...common()), ok());
const [h, , s] = (await sign(rsa, signedRs)).split('.');
const tamperedPayload = Buffer.from(JSON.stringify({ ...signedRs, issuedOn: '2025-01-01T00:00:00Z' }))
  .toString('base64url');
add('103-signed-tampered', 'RS256 signed assertion re-encoded with another issuedOn',
  `${h}.${tamperedPayload}.${s}`, site(...common()), fail('OB2_SIGNATURE_INVALID'));
const byForeign = signedA(foreignKey);
add('104-signed-key-not-owned', 'signed with a key whose owner is another profile',
  await sign(foreignKey, byForeign), site(foreignKey.doc, ...common()), fail('OB2_KEY_NOT_OWNED'));
const noneHeader = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
const nonePayload = Buffer.from(JSON.stringify(signedRs)).toString('base64url');
add('105-signed-alg-none', 'unsecured JWS (alg: none, empty signature)',
  `${noneHeader}.${nonePayload}.`, site(...common()), fail('ALG_NOT_ALLOWED'));
const rsaJwk = (await import('jose')).exportJWK;
add('106-signed-header-jwk', 'RS256 signed assertion carrying its key as header jwk',
  await sign(rsa, signedRs, { alg: 'RS256', jwk: await rsaJwk(foreignKey.privateKey).then(
    ({ kty, n, e }) => ({ kty, n, e })) }), site(...common()), fail('HEADER_NOT_ALLOWED'));
const revokedSigned = signedA(rsa);
add('107-signed-revoked-list', 'signed assertion whose id is on the revocation list',
  await sign(rsa, revokedSigned), site(...common([revokedSigned.id])), fail('OB2_REVOKED'));

const pngHosted = hosted('baked-png');
add('201-baked-png-hosted', 'PNG, iTXt openbadges holding the hosted assertion URL',
  bakedPng(pngHosted.id), site(pngHosted, ...common()), ok(), 'input.png');
add('202-baked-png-signed', 'PNG, iTXt openbadges holding a signed assertion',
  bakedPng(await sign(ec, signedA(ec))), site(...common()), ok(), 'input.png');
const svgHosted = hosted('baked-svg');
add('203-baked-svg-hosted', 'SVG, openbadges:assertion verify=URL with the assertion as CDATA',
  bakedSvg(svgHosted.id, JSON.stringify(svgHosted)), site(svgHosted, ...common()), ok(),
  'input.svg');
add('204-baked-svg-signed', 'SVG, openbadges:assertion verify=<signed assertion>',
  bakedSvg(await sign(rsa, signedA(rsa))), site(...common()), ok(), 'input.svg');

rmSync(OUT, { recursive: true, force: true });
for (const v of vectors) {
  const dir = join(OUT, v.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, v.file), v.input);
  writeFileSync(join(dir, 'site.json'), `${json(v.site)}\n`);
  writeFileSync(join(dir, 'expected.json'), `${json(v.expected)}\n`);
  writeFileSync(join(dir, 'vector.json'), `${json({ what: v.what,
    signedBy: v.name.startsWith('1') || v.name.endsWith('signed') ? 'jose CompactSign' : null })}\n`);
}
console.log(`wrote ${vectors.length} vectors to ${OUT}`);
