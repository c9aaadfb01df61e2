// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { client } from '../graphql/client';
import type { FailedJobsQuery } from '../graphql/generated';
import { setLocale, useFeatureMessages } from '../i18n';
import { mountPageAs } from '../testing/admin-page';
import AdminJobsPage from './AdminJobsPage.vue';

const JOB_ID = '0b6f4d0e-2c55-4f0c-9d0a-3d1f6f0e9a21';
const page: FailedJobsQuery = {
  failedJobs: {
    total: 1,
    offset: 0,
    limit: 25,
    items: [
      {
        id: JOB_ID,
        queue: 'mail-send',
        error: 'connect ECONNREFUSED 127.0.0.1:25',
        retryCount: 10,
        createdOn: '2026-03-14T09:30:12Z',
        failedOn: '2026-03-14T10:55:00Z',
      },
    ],
  },
};

const mountAs = (roles: string[]) => mountPageAs(AdminJobsPage, '/admin/jobs', roles);

describe('the failed jobs page', () => {
  beforeAll(() => useFeatureMessages(['jobs']));
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLocale('en');
  });

  it('lists failed jobs in a captioned table and retries one', async () => {
    const query = vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => Promise.resolve({ data: page }),
    } as unknown as ReturnType<typeof client.query>);
    const mutation = vi.spyOn(client, 'mutation').mockReturnValue({
      toPromise: () => Promise.resolve({ data: { retryJob: true } }),
    } as unknown as ReturnType<typeof client.mutation>);
    const wrapper = await mountAs(['admin']);
    expect(wrapper.get('caption').text()).toBe('Failed jobs, newest first (1 in all)');
    expect(wrapper.findAll('th[scope="col"]')).toHaveLength(6);
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('Sending a mail');
    expect(wrapper.get('tbody').text()).toContain('connect ECONNREFUSED 127.0.0.1:25');
    const button = wrapper.get('tbody button');
    expect(button.attributes('aria-label')).toMatch(/^Retry the job “Sending a mail” created /);
    await button.trigger('click');
    await flushPromises();
    expect(mutation).toHaveBeenCalledWith(expect.anything(), { id: JOB_ID });
    expect(wrapper.get('[role="status"]').text()).toBe('The job is queued again.');
    expect(query).toHaveBeenCalledTimes(2); // listed again after the retry
  });

  it('shows nothing but a refusal to non-admins, in their language', async () => {
    const query = vi.spyOn(client, 'query');
    await setLocale('de');
    const wrapper = await mountAs(['host']);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Nur Administratoren können Hintergrundaufgaben sehen.',
    );
    expect(wrapper.find('table').exists()).toBe(false);
    expect(query).not.toHaveBeenCalled();
  });
});
