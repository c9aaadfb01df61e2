import type { RouteRecordRaw } from 'vue-router';

/** Routes of the lcc feature: the public life-cycle costing calculator. */
export const lccRoutes: RouteRecordRaw[] = [
  {
    path: '/lcc',
    name: 'lcc',
    component: () => import('../pages/LccPage.vue'),
    meta: { title: 'lcc.title', messages: ['lcc'] },
  },
];
