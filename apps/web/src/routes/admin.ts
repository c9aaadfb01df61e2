import type { RouteRecordRaw } from 'vue-router';

/** Routes for administrators. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/jobs',
    name: 'admin-jobs',
    component: () => import('../pages/AdminJobsPage.vue'),
    meta: { title: 'jobs.title', requiresSession: true },
  },
  {
    path: '/admin/export',
    name: 'admin-export',
    component: () => import('../pages/AdminExportPage.vue'),
    meta: { title: 'interop.title', requiresSession: true },
  },
  {
    path: '/admin/lti',
    name: 'admin-lti',
    component: () => import('../pages/AdminLtiPage.vue'),
    meta: { title: 'lti.title', requiresSession: true },
  },
  {
    path: '/admin/xapi',
    name: 'admin-xapi',
    component: () => import('../pages/AdminXapiPage.vue'),
    meta: { title: 'xapi.title', requiresSession: true },
  },
];
