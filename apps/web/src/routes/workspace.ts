import type { RouteRecordRaw } from 'vue-router';

/** The translation workspace for editors (issue 18). */
export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: '/editor/workspace',
    name: 'workspace',
    component: () => import('../pages/WorkspacePage.vue'),
    meta: { title: 'workspace.title', messages: ['workspace'], requiresSession: true },
  },
  {
    path: '/editor/workspace/:edition/:locale/:path(.*)+',
    name: 'workspace-file',
    component: () => import('../pages/WorkspaceFilePage.vue'),
    meta: { title: 'workspace.fileTitle', messages: ['workspace'], requiresSession: true },
  },
];
