import type { RouteRecordRaw } from 'vue-router';

/** Routes of the cohorts feature: hosts run cohorts; participants join, follow and check in. */
export const cohortsRoutes: RouteRecordRaw[] = [
  {
    path: '/host/cohorts',
    name: 'host-cohorts',
    component: () => import('../pages/HostCohortsPage.vue'),
    meta: { title: 'cohorts.host.title', messages: ['cohorts'], requiresSession: true },
  },
  {
    path: '/host/cohorts/:id',
    name: 'host-cohort',
    component: () => import('../pages/HostCohortPage.vue'),
    meta: {
      title: 'cohorts.cohort.pageTitle',
      messages: ['cohorts', 'learning', 'live', 'kit', 'lti'],
      requiresSession: true,
    },
  },
  {
    path: '/cohorts',
    name: 'my-cohorts',
    component: () => import('../pages/CohortMyPage.vue'),
    meta: { title: 'cohorts.mine.title', messages: ['cohorts'], requiresSession: true },
  },
  {
    path: '/join/:code',
    name: 'join-cohort',
    component: () => import('../pages/JoinCohortPage.vue'),
    meta: { title: 'cohorts.join.title', messages: ['cohorts'] },
  },
  {
    path: '/invitation/:token',
    name: 'join-invitation',
    component: () => import('../pages/JoinInvitationPage.vue'),
    meta: { title: 'cohorts.invitation.title', messages: ['cohorts', 'privacy'] },
  },
];
