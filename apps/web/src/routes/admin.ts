import type { RouteRecordRaw } from 'vue-router';

/** Routes for administrators. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/jobs',
    name: 'admin-jobs',
    component: () => import('../pages/AdminJobsPage.vue'),
    meta: { title: 'jobs.title', requiresSession: true },
  },
];
