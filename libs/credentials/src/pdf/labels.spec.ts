import { CERTIFICATE_LABELS, labelsFor } from './labels.js';

describe('labelsFor', () => {
  it('falls back along the locale chain to English', () => {
    expect(labelsFor('nl-BE').language).toBe('nl');
    expect(labelsFor('DE').labels.title).toBe('Zertifikat');
    expect(labelsFor('fr-FR').language).toBe('fr');
    expect(labelsFor('pl-PL').language).toBe('en');
  });

  it('has every label in every interface language', () => {
    expect(Object.keys(CERTIFICATE_LABELS).sort()).toEqual([
      'bg',
      'de',
      'en',
      'fi',
      'fr',
      'it',
      'nb',
      'nl',
    ]);
    const keys = Object.keys(CERTIFICATE_LABELS.en).sort();
    for (const labels of Object.values(CERTIFICATE_LABELS)) {
      expect(Object.keys(labels).sort()).toEqual(keys);
      expect(Object.values(labels).every((v) => v.trim() !== '')).toBe(true);
    }
  });
});
