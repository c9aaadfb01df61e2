import { personalDataHtml } from './personalDataHtml';

const words = {
  lang: 'nl',
  title: 'Uw gegevens',
  exported: 'Geëxporteerd op 6 december 2026',
  empty: 'Niets opgeslagen.',
  section: (key: string) => `Sectie ${key}`,
};

describe('personalDataHtml', () => {
  const data = {
    format: 'academy-personal-data/1',
    exportedAt: '2026-12-06T02:00:00Z',
    profile: { id: 'u1', email: 'anna@example.test', displayName: 'Anna <b>de</b> Vries' },
    organisation: null,
    quizAttempts: [{ id: 'q1', score: 0.8, results: { q1: { correct: true } } }],
    certificates: [],
    mail: { messages: [{ subject: 'Welkom' }], cohortOutbox: [] },
    futurePart: [{ x: 1 }],
  };
  const html = personalDataHtml(data, words);

  it('is a page in the interface language with a section per part, in reading order', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<h1>Uw gegevens</h1>');
    const order = ['profile', 'organisation', 'quizAttempts', 'certificates', 'mail', 'futurePart'];
    const positions = order.map((k) => html.indexOf(`<h2>Sectie ${k}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).not.toContain('Sectie format');
  });

  it('escapes every value and shows nested values as JSON', () => {
    expect(html).toContain('Anna &lt;b&gt;de&lt;/b&gt; Vries');
    expect(html).not.toContain('<b>de</b>');
    expect(html).toContain('&quot;correct&quot;: true');
    expect(html).toContain('<th scope="col">score</th>');
  });

  it('says when a part holds nothing', () => {
    const empty = html.split('<h2>Sectie certificates</h2>')[1]!.split('</section>')[0]!;
    expect(empty).toContain('Niets opgeslagen.');
    expect(html).toContain('<h3>messages</h3>');
  });
});
