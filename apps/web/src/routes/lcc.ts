import type { RouteRecordRaw } from 'vue-router';

/** Routes of the lcc feature. */
export const lccRoutes: RouteRecordRaw[] = [];
