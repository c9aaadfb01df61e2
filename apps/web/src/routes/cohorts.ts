import type { RouteRecordRaw } from 'vue-router';

/** Routes of the cohorts feature. */
export const cohortsRoutes: RouteRecordRaw[] = [];
