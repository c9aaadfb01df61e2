import type { RouteRecordRaw } from 'vue-router';

/** Routes of the certificates feature. */
export const certificatesRoutes: RouteRecordRaw[] = [];
