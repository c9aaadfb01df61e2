import type { RouteRecordRaw } from 'vue-router';

/** Routes of the learning feature. */
export const learningRoutes: RouteRecordRaw[] = [];
