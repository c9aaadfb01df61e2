import { flushPromises, mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { resetSession, useSession } from '../composables/useSession';
import type { UserFieldsFragment } from '../graphql/generated';
import { i18n } from '../i18n';

/** Mounts a page at `path` for a signed-in user holding `roles` (for the admin pages' specs). */
export async function mountPageAs(page: Component, path: string, roles: string[]) {
  resetSession();
  useSession().user = {
    id: 'u1',
    email: 'admin@example.test',
    displayName: 'Admin',
    roles,
  } as unknown as UserFieldsFragment;
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path, component: page }],
  });
  await router.push(path);
  const wrapper = mount(page, { global: { plugins: [router, i18n] } });
  await flushPromises();
  return wrapper;
}
