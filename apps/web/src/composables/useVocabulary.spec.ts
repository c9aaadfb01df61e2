// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { i18n, setLocale } from '../i18n';
import { readableId, useVocabulary } from './useVocabulary';

function withVocabulary(): ReturnType<typeof useVocabulary> {
  let api!: ReturnType<typeof useVocabulary>;
  mount(defineComponent({ setup: () => ((api = useVocabulary()), () => h('p')) }), {
    global: { plugins: [i18n] },
  });
  return api;
}

describe('vocabulary labels', () => {
  afterEach(() => setLocale('en'));

  it('translates known ids, including ids with hyphens', async () => {
    const v = withVocabulary();
    expect(v.label('productGroup', 'civil-works')).toBe('Civil works and roads');
    expect(v.label('criterionType', 'contract-clause')).toBe('Contract performance clauses');
    await setLocale('de');
    expect(v.label('strategy', 'take-back')).toBe('Rücknahme');
    expect(v.label('callout', 'law')).toBe('Rechtslage');
  });

  it('falls back to a readable form of a new id', () => {
    const v = withVocabulary();
    expect(v.label('productGroup', 'street-lighting-poles')).toBe('Street lighting poles');
    expect(readableId('ict')).toBe('Ict');
  });

  it('names languages and countries in the interface language', async () => {
    const v = withVocabulary();
    await setLocale('nl');
    expect(v.language('en')).toBe('Engels');
    expect(v.country('DE')).toBe('Duitsland');
  });
});
