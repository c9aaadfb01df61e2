import { parseCertificateReference, readCredentialFile } from './verifyInput';

const ID = '3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11';

describe('certificate references', () => {
  it('accepts the bare id, a urn:uuid and every link that carries the id', () => {
    expect(parseCertificateReference(`  ${ID}\n`)).toBe(ID);
    expect(parseCertificateReference(ID.toUpperCase())).toBe(ID);
    expect(parseCertificateReference(`urn:uuid:${ID}`)).toBe(ID);
    expect(parseCertificateReference(`https://academy.example.org/verify/${ID}`)).toBe(ID);
    expect(
      parseCertificateReference(`https://academy.example.org/verify/${ID}?utm_source=linkedin#top`),
    ).toBe(ID);
    expect(
      parseCertificateReference(`https://academy.example.org/certificates/${ID}/certificate.pdf`),
    ).toBe(ID);
    expect(parseCertificateReference(`https://academy.example.org/verify-api/${ID}`)).toBe(ID);
    expect(parseCertificateReference(`academy.example.org/verify/${ID}`)).toBe(ID);
    expect(parseCertificateReference(`/verify/${ID}/`)).toBe(ID);
  });

  it('refuses text without a well-formed id', () => {
    expect(parseCertificateReference('')).toBeNull();
    expect(parseCertificateReference('   ')).toBeNull();
    expect(parseCertificateReference('not an id')).toBeNull();
    expect(parseCertificateReference(ID.slice(0, 35))).toBeNull();
    expect(parseCertificateReference('------------------------------------')).toBeNull();
    expect(parseCertificateReference(`https://academy.example.org/courses/${ID}`)).toBeNull();
    expect(parseCertificateReference(`https://academy.example.org/verify/${ID}x`)).toBeNull();
  });
});

describe('reading an uploaded credential', () => {
  it('returns the trimmed text without a byte order mark', async () => {
    const file = new File(['\uFEFF  eyJhbGciOiJFZERTQSJ9.e30.c2ln \n'], 'certificate.jwt', {
      type: 'application/vc+jwt',
    });
    expect(await readCredentialFile(file)).toEqual({
      ok: true,
      text: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln',
    });
  });

  it('reads JSON files as they are', async () => {
    const json = JSON.stringify({ id: 'urn:uuid:x', name: 'Zoë' });
    expect(
      await readCredentialFile(new File([json], 'c.json', { type: 'application/json' })),
    ).toEqual({ ok: true, text: json });
  });

  it('refuses empty files and files too large to be a credential', async () => {
    expect(await readCredentialFile(new File(['  \n'], 'empty.jwt'))).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(await readCredentialFile(new File(['x'.repeat(11)], 'big.json'), 10)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    expect(await readCredentialFile(new File(['x'.repeat(41)], 'huge.json'), 10)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    expect(await readCredentialFile(new File(['x'.repeat(10)], 'fits.json'), 10)).toEqual({
      ok: true,
      text: 'x'.repeat(10),
    });
  });
});
