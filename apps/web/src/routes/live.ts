import type { RouteRecordRaw } from 'vue-router';

/** Routes of live workshops: the host's projector, joining, and the participant's phone. */
export const liveRoutes: RouteRecordRaw[] = [
  {
    path: '/host/live/:sessionId',
    name: 'live-projector',
    component: () => import('../pages/LiveProjectorPage.vue'),
    meta: { title: 'live.projector.title', messages: ['live', 'lcc'], requiresSession: true },
  },
  {
    path: '/live/session/:id',
    name: 'live-phone',
    component: () => import('../pages/LivePhonePage.vue'),
    meta: { title: 'live.phone.title', messages: ['live'], requiresSession: true },
  },
  {
    path: '/live/:code?',
    name: 'live-join',
    component: () => import('../pages/LiveJoinPage.vue'),
    meta: { title: 'live.join.title', messages: ['live'] },
  },
];
