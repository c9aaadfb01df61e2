import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './composables/useSession';

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'home.title' } },
  { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue'), meta: { title: 'register.title' } },
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { title: 'signIn.title' } },
  {
    path: '/account',
    name: 'account',
    component: () => import('./pages/AccountPage.vue'),
    meta: { title: 'account.title', requiresSession: true },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
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
