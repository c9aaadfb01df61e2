import { apiUnreachable, reportApiReachable } from './connection';

describe('connection state', () => {
  afterEach(() => reportApiReachable(true));

  it('turns unreachable on a network failure and back on the next answer', () => {
    expect(apiUnreachable.value).toBe(false);
    reportApiReachable(false);
    expect(apiUnreachable.value).toBe(true);
    reportApiReachable(true);
    expect(apiUnreachable.value).toBe(false);
  });
});
