// Comprehensive Learner Record 2.0 vectors: a ClrCredential (vc+jwt, jose) whose
// credentialSubject.verifiableCredential holds an EnvelopedVerifiableCredential, a compact JWT and
// an embedded credential object without a proof of its own.
import { STATUS_HOST, statusEntry, statusListJwt, vcClaimJoseJwt } from './status-lists.mjs';

const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
const CLR_SCHEMA = 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';
const EMBEDDED_INDEX = 10;
const CLR_INDEX = 20;

function course(credential, name, credits) {
  credential.name = name;
  Object.assign(credential.credentialSubject.achievement, { name, creditsAvailable: credits });
  return credential;
}

export async function writeClrVectors({ write, jwkIssuer, keyIssuer, achievementCredential,
  vcJoseCose, tamper, contexts: { V1, V2, OB, EXT }, issued }) {
  const cases = [
    ['012-clr-genuine', [], (jwt) => jwt, { verified: true }],
    ['111-clr-tampered-embedded', [], tamper,
      { verified: false, code: 'EMBEDDED_CREDENTIAL_NOT_VERIFIED', embeddedCode: 'SIGNATURE_INVALID' }],
    ['112-clr-revoked-embedded', [EMBEDDED_INDEX], (jwt) => jwt,
      { verified: false, code: 'EMBEDDED_CREDENTIAL_NOT_VERIFIED', embeddedCode: 'REVOKED' }],
  ];
  for (const [name, revoked, alterFirst, expected] of cases) {
    const url = `${STATUS_HOST}/${name}/status-list.jwt`;
    const first = alterFirst(await vcJoseCose({
      ...course(achievementCredential([V2, OB('3.0.3'), EXT], jwkIssuer, { validFrom: issued }),
        'Statistics I', 5),
      credentialStatus: statusEntry(url, EMBEDDED_INDEX) }, jwkIssuer));
    const second = await vcClaimJoseJwt(course(achievementCredential([V1, OB('3.0.2'), EXT], keyIssuer,
      { issuanceDate: issued }), 'Academic Writing', 3), keyIssuer);
    const third = course(achievementCredential([V2, OB('3.0.3'), EXT], jwkIssuer, { validFrom: issued }),
      'Orientation Week', 0);
    const clr = {
      '@context': [V2, CLR_CONTEXT, OB('3.0.3'), EXT],
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Transcript of Foreign University',
      issuer: { id: jwkIssuer.did, type: ['Profile'], name: 'Foreign University' },
      validFrom: issued,
      credentialSubject: {
        id: 'did:example:learner-1',
        type: ['ClrSubject'],
        verifiableCredential: [
          { '@context': V2, id: `data:application/vc+jwt,${first}`, type: 'EnvelopedVerifiableCredential' },
          second,
          third,
        ],
      },
      credentialSchema: [{ id: CLR_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
      credentialStatus: statusEntry(url, CLR_INDEX),
    };
    write(name, `ClrCredential (vc+jwt, did:jwk) embedding an enveloped vc+jwt (did:jwk, status list in this folder${revoked.length ? ', its bit set' : ''})${alterFirst === tamper ? ' re-encoded with another name' : ''}, a VCDM 1.1 vc-claim JWT (did:key) and a credential object without its own proof`,
      'jose', await vcJoseCose(clr, jwkIssuer), expected,
      { 'status-list.jwt': await statusListJwt('vc+jwt', url, jwkIssuer, revoked, issued) });
  }
}
