import type { RouteRecordRaw } from 'vue-router';

/** Routes for administrators and organisation managers. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/jobs',
    name: 'admin-jobs',
    component: () => import('../pages/AdminJobsPage.vue'),
    meta: { title: 'jobs.title', messages: ['jobs'], requiresSession: true },
  },
  {
    path: '/admin/export',
    name: 'admin-export',
    component: () => import('../pages/AdminExportPage.vue'),
    meta: { title: 'interop.title', messages: ['interop'], requiresSession: true },
  },
  {
    path: '/admin/lti',
    name: 'admin-lti',
    component: () => import('../pages/AdminLtiPage.vue'),
    meta: { title: 'lti.title', messages: ['lti'], requiresSession: true },
  },
  {
    path: '/organisation/members',
    name: 'organisation-members',
    component: () => import('../pages/OrganisationMembersPage.vue'),
    meta: { title: 'organisations.title', messages: ['organisations'], requiresSession: true },
  },
  {
    path: '/organisation/report',
    name: 'organisation-report',
    component: () => import('../pages/OrganisationReportPage.vue'),
    meta: { title: 'reports.title', messages: ['reports'], requiresSession: true },
  },
  {
    path: '/admin/partnership',
    name: 'admin-partnership',
    component: () => import('../pages/AdminPartnershipPage.vue'),
    meta: { title: 'reports.partnership.title', messages: ['reports'], requiresSession: true },
  },
  {
    path: '/admin/processing',
    name: 'admin-processing',
    component: () => import('../pages/AdminProcessingPage.vue'),
    meta: { title: 'privacy.records.title', messages: ['privacy'], requiresSession: true },
  },
  {
    path: '/admin/xapi',
    name: 'admin-xapi',
    component: () => import('../pages/AdminXapiPage.vue'),
    meta: { title: 'xapi.title', messages: ['xapi'], requiresSession: true },
  },
];
