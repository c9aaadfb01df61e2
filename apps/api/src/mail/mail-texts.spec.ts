import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../identity/locales.js';
import { mailLocales, mailTexts, renderHtml } from './mail-texts.js';

const args = {
  invitation: {
    name: 'Ana',
    cohort: 'Groep A',
    email: 'ana@example.test',
    days: 14,
    link: 'https://academy.example/invitation/T0K',
  },
  confirmation: { cohort: 'Groep A', link: 'https://academy.example/invitation/T0K?confirm=C0N' },
  existingAccount: { signIn: 'https://academy.example/sign-in' },
  announcement: {
    cohort: 'Groep A',
    title: 'Laptops',
    body: 'Room 2',
    link: 'https://academy.example/cohorts',
  },
} as const;

describe('mail texts', () => {
  it('exist for every interface language, each carrying its link and names', () => {
    expect([...mailLocales].sort()).toEqual([...supportedLocales].sort());
    const subjects = new Set<string>();
    for (const locale of mailLocales) {
      const t = mailTexts(locale);
      for (const [kind, a] of Object.entries(args) as [keyof typeof args, never][]) {
        const mail = t[kind](a);
        expect(mail.subject.length, `${locale} ${kind}`).toBeGreaterThan(3);
        for (const value of Object.values(a as Record<string, unknown>))
          if (kind !== 'invitation' || value !== 14)
            expect(mail.text + mail.subject, `${locale} ${kind}`).toContain(String(value));
        subjects.add(mail.subject);
      }
    }
    // Translated, not copied: the invitation subject differs in each language.
    expect(
      new Set(mailLocales.map((l) => mailTexts(l).invitation(args.invitation).subject)).size,
    ).toBe(mailLocales.length);
  });

  it('falls back by language, then to English', () => {
    expect(mailTexts('nl-BE').invitation(args.invitation).subject).toBe(
      mailTexts('nl').invitation(args.invitation).subject,
    );
    expect(mailTexts('xx').invitation(args.invitation).subject).toBe(
      mailTexts('en').invitation(args.invitation).subject,
    );
  });

  it('escapes every character of the text in the HTML part and links only http(s) URLs', () => {
    const html = renderHtml(
      `Hello <img src=x onerror=alert(1)> & "you"\n\nhttps://academy.example/a?b=1&c=2\njavascript:alert(1)`,
      'en',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;you&quot;');
    expect(html).toContain('<a href="https://academy.example/a?b=1&amp;c=2">');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<html lang="en">');
  });
});
