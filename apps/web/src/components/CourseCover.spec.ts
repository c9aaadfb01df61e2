// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import CourseCover from './CourseCover.vue';

const cover = (slug: string, modules: number) => mount(CourseCover, { props: { slug, modules } });

describe('CourseCover', () => {
  it('draws one segment of the loop per module, hidden from assistive technology', () => {
    const svg = cover('circular-procurement-foundations', 10);
    expect(svg.attributes('aria-hidden')).toBe('true');
    expect(svg.find('svg').attributes('focusable')).toBe('false');
    expect(svg.findAll('.course-cover__segment')).toHaveLength(10);
    expect(cover('executive-track', 4).findAll('.course-cover__segment')).toHaveLength(4);
  });

  it('draws a course of one module as a single, almost closed arc', () => {
    const paths = cover('one-module', 1).findAll('.course-cover__segment');
    expect(paths).toHaveLength(1);
    // A large arc: the whole circle but the smallest gap.
    expect(paths[0]!.attributes('d')).toMatch(/A38 38 0 1 1/);
  });

  it('turns the loop by the slug, so two courses do not look alike', () => {
    const first = cover('circular-procurement-foundations', 6).find('.course-cover__segment');
    const second = cover('executive-track', 6).find('.course-cover__segment');
    expect(first.attributes('d')).not.toBe(second.attributes('d'));
    // The same course always gets the same picture.
    expect(cover('executive-track', 6).find('.course-cover__segment').attributes('d')).toBe(
      second.attributes('d'),
    );
  });
});
