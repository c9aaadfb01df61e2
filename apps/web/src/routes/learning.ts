import type { RouteRecordRaw } from 'vue-router';

/** Routes of the learning feature. `/learn/:module/quiz` outranks the lesson route (static segment). */
export const learningRoutes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('../pages/DashboardPage.vue'),
    meta: {
      title: 'learning.dashboard.title',
      messages: ['certificates', 'cohorts', 'learning'],
      requiresSession: true,
    },
  },
  {
    path: '/learn/:module/quiz',
    name: 'module-quiz',
    component: () => import('../pages/QuizPage.vue'),
    meta: {
      title: 'learning.quiz.pageTitle',
      messages: ['certificates', 'learning'],
      requiresSession: true,
    },
  },
  {
    path: '/final-assessment/:course',
    name: 'final-assessment',
    component: () => import('../pages/QuizPage.vue'),
    meta: {
      title: 'learning.quiz.finalTitle',
      messages: ['certificates', 'learning'],
      requiresSession: true,
    },
  },
];
