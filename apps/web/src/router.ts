import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './composables/useSession';
import { adminRoutes } from './routes/admin';
import { certificatesRoutes } from './routes/certificates';
import { cohortsRoutes } from './routes/cohorts';
import { lccRoutes } from './routes/lcc';
import { learningRoutes } from './routes/learning';
import { liveRoutes } from './routes/live';

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./pages/HomePage.vue'),
    meta: { title: 'home.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./pages/RegisterPage.vue'),
    meta: { title: 'register.title' },
  },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { title: 'signIn.title' },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('./pages/AccountPage.vue'),
    meta: { title: 'account.title', requiresSession: true },
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
    meta: { title: 'course.pageTitle' },
  },
  {
    path: '/learn/:module/:lesson',
    name: 'lesson',
    component: () => import('./pages/LessonPage.vue'),
    meta: { title: 'lesson.pageTitle' },
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
    meta: { title: 'practice.pageTitle' },
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
  if (!session.loaded) await session.load();
  if (to.meta.requiresSession && !session.signedIn) {
    return { name: 'sign-in', query: { next: to.fullPath, required: '1' } };
  }
  return true;
});

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    requiresSession?: boolean;
  }
}
