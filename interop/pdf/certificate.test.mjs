// The claim page's PDF certificate read by Mozilla pdf.js, an implementation independent of the
// PDFBox that wrote it: A4, the learner (non-ASCII), title, ECTS, EQF and issuer in its text,
// the signed credential as the attachment credential.jwt, and the verifier verifies the PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VERIFIER_URL, admin, createAchievement } from '../lib/issuer.mjs';

const ACHIEVEMENT = JSON.parse(
  readFileSync(new URL('../../scripts/demo-data/achievement.json', import.meta.url), 'utf8'));
const NAME = 'Łucja Müller-Hervé';

async function certificate() {
  const achievement = await createAchievement();
  const issued = await admin('POST', '/api/credentials',
    { achievementId: achievement.id, learner: { name: NAME, email: 'lucja@example.org' } }, 201);
  const response = await fetch(`${issued.claim.url}/certificate.pdf`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  return { issued, pdf: new Uint8Array(await response.arrayBuffer()) };
}

async function text(document) {
  const parts = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => item.str).join(' '));
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

test('pdf.js reads the certificate: A4, learner, title, ECTS, EQF, issuer, attachment', async () => {
  const { issued, pdf } = await certificate();
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
  const [, , width, height] = (await document.getPage(1)).view;
  assert.equal(Math.round(width), 595);
  assert.equal(Math.round(height), 842);

  const all = await text(document);
  const issuerName = issued.credential.issuer.name;
  for (const expected of [NAME, ACHIEVEMENT.name, `${ACHIEVEMENT.creditsAvailable} ECTS`,
    `EQF level ${ACHIEVEMENT.eqfLevel}`, issuerName, ACHIEVEMENT.learningOutcomes[0].title]) {
    assert.ok(all.includes(expected), `"${expected}" not in the text: ${all.slice(0, 400)}`);
  }

  const attachments = await document.getAttachments();
  assert.deepEqual(Object.keys(attachments), ['credential.jwt']);
  assert.equal(new TextDecoder().decode(attachments['credential.jwt'].content), issued.jwt);
  await document.destroy();
});

test('the verifier verifies the certificate PDF by its attachment', async () => {
  const { issued, pdf } = await certificate();
  const response = await fetch(`${VERIFIER_URL}/credentials/verify`, {
    method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: pdf,
  });
  const report = await response.json();
  assert.equal(response.status, 200, JSON.stringify(report.errors));
  assert.equal(report.verified, true);
  assert.equal(report.credential.id, issued.credential.id);
});
