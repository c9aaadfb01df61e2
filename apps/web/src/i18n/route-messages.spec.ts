// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { routes } from '../router';
import { namespacesUsedBy } from '../testing/message-namespaces';
import { featureNames } from '.';

type PageModule = { default: { __file?: string } };

/** The .vue file of a route's lazily imported page (Vite records it on the component in tests). */
async function pageFile(route: RouteRecordRaw): Promise<string> {
  const load = route.component as () => Promise<PageModule>;
  const file = (await load()).default.__file;
  if (!file) throw new Error(`${route.path}: page component has no __file`);
  return file;
}

describe('feature strings load with the routes that use them', () => {
  it('the app shell (header, footer) uses core strings only', () => {
    const shell = namespacesUsedBy(resolve(import.meta.dirname, '../App.vue'), { lazy: false });
    expect([...shell]).toEqual([]);
  });

  it('every declared feature has message files', () => {
    const declared = routes.flatMap((r) => r.meta?.messages ?? []);
    expect(declared.filter((f) => !featureNames.has(f))).toEqual([]);
  });

  for (const route of routes) {
    it(`${route.path} declares the features its page and title use`, async () => {
      const used = namespacesUsedBy(await pageFile(route));
      const titleFeature = route.meta?.title?.split('.')[0] ?? '';
      if (featureNames.has(titleFeature)) used.add(titleFeature);
      expect(route.meta?.messages ?? []).toEqual(expect.arrayContaining([...used]));
    });
  }
});
