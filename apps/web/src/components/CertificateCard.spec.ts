import { mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { CertificateFieldsFragment } from '../graphql/generated';
import { i18n } from '../i18n';
import CertificateCard from './CertificateCard.vue';

const ID = '3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11';
const certificate: CertificateFieldsFragment = {
  id: ID,
  status: 'valid',
  recipientName: 'Zoë Verhoeven',
  courseSlug: 'basics',
  courseTitle: 'Basics of circular procurement',
  issuedAt: '2026-03-14T09:30:12Z',
  locale: 'en',
  curriculumVersion: '1.2.0',
  contentHash: 'sha256:9f2c4e1ab3d5e7f90123456789abcdef',
  edition: null,
  revokedAt: null,
  revokedReason: null,
  verifyUrl: `https://academy.example.org/verify/${ID}`,
  pdfUrl: `https://academy.example.org/certificates/${ID}/certificate.pdf`,
  credentialUrl: `https://academy.example.org/certificates/${ID}/credential.jwt`,
  linkedInUrl: 'https://www.linkedin.com/profile/add?certId=x',
};

async function card(c: CertificateFieldsFragment) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/verify/:id', name: 'verify-certificate', component: { render: () => null } }] });
  return mount(CertificateCard, { props: { certificate: c }, global: { plugins: [router, i18n] } });
}

describe('a certificate card', () => {
  it('offers LinkedIn and a share link for a valid certificate', async () => {
    const page = await card(certificate);
    expect(page.find('a[href^="https://www.linkedin.com"]').exists()).toBe(true);
    expect(page.find('.certificate-card__share').exists()).toBe(true);
  });

  it('never promotes a revoked certificate: no LinkedIn entry, no share link, the revocation shown', async () => {
    const page = await card({ ...certificate, status: 'revoked', revokedAt: '2026-04-01T10:00:00Z', revokedReason: 'Issued in error' });
    expect(page.find('a[href^="https://www.linkedin.com"]').exists()).toBe(false);
    expect(page.find('.certificate-card__share').exists()).toBe(false);
    expect(page.text()).toContain('1 April 2026 — Issued in error');
    expect(page.find(`a[href="/certificates/${ID}/certificate.pdf"]`).exists()).toBe(true);
  });
});
