import type { RouteRecordRaw } from 'vue-router';

/** The translation workspace for editors (issue 18). */
export const workspaceRoutes: RouteRecordRaw[] = [
  {
    path: '/editor/workspace',
    name: 'workspace',
    component: () => import('../pages/WorkspacePage.vue'),
    meta: {
      title: 'workspace.title',
      messages: ['workspace', 'workspaceUpdates', 'workspace-adapt'],
      requiresSession: true,
    },
  },
  {
    // Upstream updates (issue 18); before the file route, whose path would also match.
    path: '/editor/workspace/:edition/:locale/updates',
    name: 'workspace-updates',
    component: () => import('../pages/WorkspaceUpdatesPage.vue'),
    meta: {
      title: 'workspaceUpdates.title',
      messages: ['workspace', 'workspaceUpdates'],
      requiresSession: true,
    },
  },
  {
    // Local adaptation: before the file route, whose path would also match.
    path: '/editor/workspace/:edition/adapt',
    name: 'workspace-adapt',
    component: () => import('../pages/WorkspaceAdaptPage.vue'),
    meta: {
      title: 'workspaceAdapt.pageTitle',
      messages: ['workspace', 'workspace-adapt'],
      requiresSession: true,
    },
  },
  {
    path: '/editor/workspace/:edition/adapt/:path(.*)+',
    name: 'workspace-adapt-file',
    component: () => import('../pages/WorkspaceAdaptFilePage.vue'),
    meta: {
      title: 'workspaceAdapt.editor.title',
      messages: ['workspace', 'workspace-adapt'],
      requiresSession: true,
    },
  },
  {
    // Before the file route, whose path would also match.
    path: '/editor/workspace/:edition/:locale/preview/:module/:lesson',
    name: 'workspace-preview',
    component: () => import('../pages/WorkspacePreviewPage.vue'),
    // The lesson page's strings too: the preview renders the lesson as learners see it.
    meta: {
      title: 'workspace.preview.pageTitle',
      messages: ['workspace', 'lcc', 'learning'],
      requiresSession: true,
    },
  },
  {
    path: '/editor/workspace/:edition/:locale/:path(.*)+',
    name: 'workspace-file',
    component: () => import('../pages/WorkspaceFilePage.vue'),
    meta: { title: 'workspace.fileTitle', messages: ['workspace'], requiresSession: true },
  },
];
