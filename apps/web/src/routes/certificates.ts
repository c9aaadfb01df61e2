import type { RouteRecordRaw } from 'vue-router';

/** Routes of the certificates feature: the learner's certificates and public verification. */
export const certificatesRoutes: RouteRecordRaw[] = [
  {
    path: '/certificates',
    name: 'certificates',
    component: () => import('../pages/CertificatesPage.vue'),
    meta: { title: 'certificates.mine.title', messages: ['certificates'], requiresSession: true },
  },
  {
    path: '/verify',
    name: 'verify',
    component: () => import('../pages/VerifyCredentialPage.vue'),
    meta: { title: 'certificates.check.title', messages: ['certificates'] },
  },
  {
    path: '/verify/:id',
    name: 'verify-certificate',
    component: () => import('../pages/VerifyCertificatePage.vue'),
    meta: { title: 'certificates.verify.title', messages: ['certificates'] },
  },
];
