import { buildOpenBadgeCredential } from './build-credential.js';
import { credentialsEqual, explainDifferences, parsePastedCredential } from './compare.js';
import { sampleCertificateInput } from './sample-input.js';

const issued = buildOpenBadgeCredential(sampleCertificateInput());
const copy = () => structuredClone(issued);

describe('credentialsEqual', () => {
  it('finds no difference between equal credentials, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(copy()).reverse());
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(issued)[0]);
    expect(credentialsEqual(issued, copy())).toEqual([]);
    expect(credentialsEqual(issued, reordered)).toEqual([]);
  });

  it('names the path of each changed, added or removed field', () => {
    const pasted = copy() as unknown as Record<string, unknown> & typeof issued;
    const id0 = pasted.credentialSubject.identifier[0];
    if (id0) id0.identityHash = 'Someone Else';
    pasted.credentialSubject.achievement.version = '9.9.9';
    pasted.type.push('Extra' as never);
    delete (pasted as Partial<typeof issued>).awardedDate;
    pasted.note = 'added';
    expect(credentialsEqual(issued, pasted)).toEqual([
      'awardedDate',
      'credentialSubject.achievement.version',
      'credentialSubject.identifier[0].identityHash',
      'note',
      'type[2]',
    ]);
  });

  it('explains differences in plain English', () => {
    expect(explainDifferences(['credentialSubject.name'])).toEqual([
      'Field credentialSubject.name differs from the issued credential.',
    ]);
  });
});

describe('parsePastedCredential', () => {
  it('reads pasted JSON text and returns the id to look up', () => {
    const result = parsePastedCredential(JSON.stringify(issued));
    expect(result).toMatchObject({ ok: true, id: issued.id });
  });

  it('accepts a decoded JWT payload, dropping its JWT claims', () => {
    const result = parsePastedCredential({
      ...issued,
      iss: issued.issuer.id,
      jti: issued.id,
      nbf: 1,
      iat: 1,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(credentialsEqual(result.credential, issued)).toEqual([]);
  });

  it('explains why other input is not a credential', () => {
    expect(parsePastedCredential('{not json')).toEqual({
      ok: false,
      explanation: 'The pasted text is not valid JSON.',
    });
    expect(parsePastedCredential('[1,2]')).toMatchObject({ ok: false });
    expect(parsePastedCredential({ type: ['VerifiableCredential'] })).toMatchObject({ ok: false });
  });
});
