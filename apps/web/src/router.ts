import { createRouter, createWebHistory, loadRouteLocation, type RouteRecordRaw } from 'vue-router';
import { useSession } from './composables/useSession';
import { useFeatureMessages } from './i18n';
import { adminRoutes } from './routes/admin';
import { certificatesRoutes } from './routes/certificates';
import { cohortsRoutes } from './routes/cohorts';
import { lccRoutes } from './routes/lcc';
import { learningRoutes } from './routes/learning';
import { workspaceRoutes } from './routes/workspace';
import { liveRoutes } from './routes/live';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./pages/HomePage.vue'),
    meta: { title: 'home.title', messages: ['learning'] },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./pages/RegisterPage.vue'),
    meta: { title: 'register.title', messages: ['privacy'] },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('./pages/PrivacyPage.vue'),
    meta: { title: 'privacy.notice.title', messages: ['privacy'] },
  },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { title: 'signIn.title', messages: ['privacy'] },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('./pages/AccountPage.vue'),
    meta: { title: 'account.title', messages: ['privacy'], requiresSession: true },
  },
  {
    path: '/courses',
    name: 'courses',
    component: () => import('./pages/CoursesPage.vue'),
    meta: { title: 'courses.title' },
  },
  {
    path: '/courses/:slug',
    name: 'course',
    component: () => import('./pages/CoursePage.vue'),
    meta: { title: 'course.pageTitle', messages: ['certificates', 'learning'] },
  },
  {
    path: '/learn/:module/:lesson',
    name: 'lesson',
    component: () => import('./pages/LessonPage.vue'),
    meta: { title: 'lesson.pageTitle', messages: ['lcc', 'learning'] },
  },
  {
    path: '/practices',
    name: 'practices',
    component: () => import('./pages/PracticesPage.vue'),
    meta: { title: 'practices.title' },
  },
  {
    path: '/practices/:slug',
    name: 'practice',
    component: () => import('./pages/PracticePage.vue'),
    meta: { title: 'practice.pageTitle', messages: ['lcc'] },
  },
  {
    path: '/criteria',
    name: 'criteria',
    component: () => import('./pages/CriteriaPage.vue'),
    meta: { title: 'criteria.title' },
  },
  {
    path: '/criteria/:group',
    name: 'criteria-set',
    component: () => import('./pages/CriteriaSetPage.vue'),
    meta: { title: 'criteria.setPageTitle' },
  },
  {
    path: '/editor/translations',
    name: 'translations',
    component: () => import('./pages/TranslationsPage.vue'),
    meta: { title: 'translations.title', requiresSession: true },
  },
  ...learningRoutes,
  ...certificatesRoutes,
  ...lccRoutes,
  ...cohortsRoutes,
  ...liveRoutes,
  ...adminRoutes,
  ...workspaceRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'notFound.title' },
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const session = useSession();
  // The page's code and strings load beside the session, so none waits for another (the
  // router would otherwise fetch the page's chunk only after this guard: decision record 0019).
  await Promise.all([
    session.loaded ? undefined : session.load(),
    useFeatureMessages(to.meta.messages ?? []),
    loadRouteLocation(to),
  ]);
  if (to.meta.requiresSession && !session.signedIn) {
    return { name: 'sign-in', query: { next: to.fullPath, required: '1' } };
  }
  return true;
});

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    requiresSession?: boolean;
    /** Feature message files the page uses (src/i18n/features/<feature>.*.json). */
    messages?: string[];
  }
}
