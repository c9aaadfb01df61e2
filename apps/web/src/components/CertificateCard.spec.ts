// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, useFeatureMessages } from '../i18n';
import CertificateCard from './CertificateCard.vue';
import type { CertificateFieldsFragment } from '../graphql/generated';
import { SAMPLE_CERTIFICATE_ID, sampleCertificate } from '../testing/certificates';

const ID = SAMPLE_CERTIFICATE_ID;
const certificate = sampleCertificate();

async function card(c: CertificateFieldsFragment) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/verify/:id', name: 'verify-certificate', component: { render: () => null } },
    ],
  });
  return mount(CertificateCard, { props: { certificate: c }, global: { plugins: [router, i18n] } });
}

describe('a certificate card', () => {
  beforeAll(() => useFeatureMessages(['certificates']));
  it('offers LinkedIn and a share link for a valid certificate', async () => {
    const page = await card(certificate);
    expect(page.find('a[href^="https://www.linkedin.com"]').exists()).toBe(true);
    expect(page.find('.certificate-card__share').exists()).toBe(true);
  });

  it('never promotes a revoked certificate: no LinkedIn entry, no share link, the revocation shown', async () => {
    const page = await card({
      ...certificate,
      status: 'revoked',
      revokedAt: '2026-04-01T10:00:00Z',
      revokedReason: 'Issued in error',
    });
    expect(page.find('a[href^="https://www.linkedin.com"]').exists()).toBe(false);
    expect(page.find('.certificate-card__share').exists()).toBe(false);
    expect(page.text()).toContain('1 April 2026 — Issued in error');
    expect(page.find(`a[href="/certificates/${ID}/certificate.pdf"]`).exists()).toBe(true);
  });
});
