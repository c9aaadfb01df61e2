import { inject } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the built web app as the API serves it', () => {
  it('publishes no source maps (issue 14, item 13)', async () => {
    const html = await (await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } })).text();
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const js = await fetch(`${baseUrl}${script}`);
      expect(js.status).toBe(200);
      expect(await js.text()).not.toContain('sourceMappingURL');
      expect((await fetch(`${baseUrl}${script}.map`)).status).toBe(404);
    }
  });
});
