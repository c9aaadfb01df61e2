// @vitest-environment jsdom
import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { client } from '../graphql/client';
import type { WorkspaceSegmentFieldsFragment } from '../graphql/generated';
import { i18n, useFeatureMessages } from '../i18n';
import SegmentEditor from './SegmentEditor.vue';

const segment: WorkspaceSegmentFieldsFragment = {
  id: 'fm.title',
  source: 'LED street lamps in our town',
  target: null,
  previousSource: null,
  status: 'missing',
  version: 0,
  authorName: null,
  reviewerName: null,
  canReview: false,
  terms: [],
  suggestions: [
    { source: 'LED street lamps', target: 'Ledstraatlantaarns', origin: 'x.nl.md', score: 62 },
  ],
  problems: [],
  comments: [],
};
const props = {
  segment,
  index: 0,
  edition: 'town',
  locale: 'nl',
  sourceLocale: 'en',
  sourcePath: 'practices/a.en.md',
};
const answer = (value: unknown) =>
  ({ toPromise: () => Promise.resolve(value) }) as unknown as ReturnType<typeof client.mutation>;

afterEach(() => vi.restoreAllMocks());

describe('the segment editor', () => {
  beforeAll(() => useFeatureMessages(['workspace']));
  it('inserts a suggestion, keeps the text on a conflict and saves again over the version it saw', async () => {
    vi.spyOn(client, 'query').mockReturnValue(answer({ data: { checkWorkspaceSegment: [] } }));
    const conflict = new CombinedError({
      graphQLErrors: [
        new GraphQLError('changed', {
          extensions: {
            code: 'CONFLICT',
            reason: 'SEGMENT_CHANGED',
            currentVersion: 3,
            currentTarget: 'Straatverlichting',
          },
        }),
      ],
    });
    const mutation = vi
      .spyOn(client, 'mutation')
      .mockReturnValueOnce(answer({ error: conflict }))
      .mockReturnValueOnce(
        answer({
          data: {
            saveWorkspaceSegment: {
              ...segment,
              target: 'Ledstraatlantaarns in de stad',
              version: 4,
              status: 'translated',
            },
          },
        }),
      );
    const wrapper = mount(SegmentEditor, { props, global: { plugins: [i18n] } });
    await wrapper.get('button.button--secondary').trigger('click');
    const box = wrapper.get('textarea');
    expect((box.element as HTMLTextAreaElement).value).toBe('Ledstraatlantaarns');
    expect(box.attributes('lang')).toBe('nl');
    expect(wrapper.get('label').text()).toBe('Translation (Dutch)');
    await box.setValue('Ledstraatlantaarns in de stad');
    const save = wrapper.findAll('button').find((b) => b.text() === 'Save')!;
    await save.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Someone else changed this segment');
    expect(wrapper.text()).toContain('Straatverlichting');
    expect((box.element as HTMLTextAreaElement).value).toBe('Ledstraatlantaarns in de stad');
    await save.trigger('click');
    await flushPromises();
    expect(
      mutation.mock.calls.map(
        (c) => (c[1] as { input: { expectedVersion: number } }).input.expectedVersion,
      ),
    ).toEqual([0, 3]);
    expect(wrapper.emitted('updated')).toHaveLength(1);
    expect(wrapper.text()).toContain('Saved.');
  });
});
