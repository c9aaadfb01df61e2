// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { filtersFromQuery, filtersToQuery, usePracticeFilters } from './usePracticeFilters';

describe('practice filters in the URL', () => {
  it('reads filters and ignores malformed values', () => {
    expect(
      filtersFromQuery({
        q: ' chairs ',
        group: 'furniture',
        country: 'NL',
        strategy: 'reuse',
        year: '2019',
        page: '3',
      }),
    ).toEqual({
      search: 'chairs',
      productGroup: 'furniture',
      country: 'NL',
      strategy: 'reuse',
      year: '2019',
      page: 3,
    });
    expect(filtersFromQuery({ year: 'last', page: 'x' })).toMatchObject({ year: '', page: 1 });
    expect(filtersFromQuery({ group: ['ict', 'furniture'] }).productGroup).toBe('ict');
  });

  it('writes only what is set, so shared links stay short', () => {
    expect(
      filtersToQuery({
        search: '',
        productGroup: 'ict',
        country: '',
        strategy: '',
        year: '',
        page: 1,
      }),
    ).toEqual({ group: 'ict' });
    expect(filtersToQuery(filtersFromQuery({ q: 'lamp', page: '2' }))).toEqual({
      q: 'lamp',
      page: '2',
    });
  });

  it('pushes a history entry per change and returns to page 1 when a filter changes', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/practices', component: { render: () => null } }],
    });
    await router.push('/practices?group=furniture&page=3');
    let api!: ReturnType<typeof usePracticeFilters>;
    const Probe = defineComponent({
      setup() {
        api = usePracticeFilters();
        return () => h('p');
      },
    });
    mount(Probe, { global: { plugins: [router] } });
    expect(api.filters.value).toMatchObject({ productGroup: 'furniture', page: 3 });

    await api.update({ page: 4 });
    expect(router.currentRoute.value.query).toEqual({ group: 'furniture', page: '4' });
    await api.update({ country: 'DK' });
    expect(router.currentRoute.value.query).toEqual({ group: 'furniture', country: 'DK' });

    router.back();
    await new Promise((r) => setTimeout(r, 20));
    expect(api.filters.value).toMatchObject({ country: '', page: 4 });
  });
});
