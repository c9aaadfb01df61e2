import {
  courseForModule,
  enrolmentForModule,
  percent,
  stepRoute,
  stepTitles,
  type Enrolment,
  type LearningCourse,
} from './learningSteps';

const course: LearningCourse = {
  slug: 'foundations',
  title: 'Foundations',
  finalAssessment: 'final',
  finalAssessmentInfo: null,
  release: { id: 'r1' },
  modules: [
    {
      slug: 'why',
      title: 'Why circular',
      quiz: null,
      lessons: [{ slug: 'intro', title: 'Introduction' }],
    },
  ],
};
const enrolment = {
  courseSlug: 'foundations',
  progress: { modules: [{ slug: 'why' }] },
} as unknown as Enrolment;

describe('learning steps', () => {
  it('links each kind of next step', () => {
    expect(stepRoute('c', { kind: 'lesson', module: 'm', lesson: 'l' })).toEqual({
      name: 'lesson',
      params: { module: 'm', lesson: 'l' },
    });
    expect(stepRoute('c', { kind: 'quiz', module: 'm', lesson: null })).toEqual({
      name: 'module-quiz',
      params: { module: 'm' },
    });
    expect(stepRoute('c', { kind: 'final-assessment', module: null, lesson: null })).toEqual({
      name: 'final-assessment',
      params: { course: 'c' },
    });
    expect(stepRoute('c', { kind: 'done', module: null, lesson: null })).toEqual({
      name: 'course',
      params: { slug: 'c' },
    });
  });

  it('finds the course and enrolment of a module', () => {
    expect(enrolmentForModule([enrolment], 'why')).toBe(enrolment);
    expect(enrolmentForModule([enrolment], 'other')).toBeNull();
    expect(courseForModule([course], 'why')?.slug).toBe('foundations');
  });

  it('picks the course worked on last when a module sits in two enrolled courses', () => {
    const executive = {
      ...enrolment,
      id: 'e2',
      courseSlug: 'executive',
      lastActivityAt: '2000-01-01T00:00:00.000Z',
    };
    const later = { ...enrolment, lastActivityAt: '2100-01-01T00:00:00.000Z' };
    expect(enrolmentForModule([executive, later], 'why')).toBe(later);
    expect(enrolmentForModule([later, executive], 'why')).toBe(later);
  });

  it('names the step, falling back to slugs', () => {
    expect(stepTitles(course, { kind: 'lesson', module: 'why', lesson: 'intro' })).toEqual({
      module: 'Why circular',
      lesson: 'Introduction',
    });
    expect(stepTitles(null, { kind: 'lesson', module: 'why', lesson: 'intro' })).toEqual({
      module: 'why',
      lesson: 'intro',
    });
  });

  it('rounds progress down to whole percent', () => {
    expect(percent(0.999)).toBe(99);
    expect(percent(0.29)).toBe(29);
    expect(percent(1)).toBe(100);
    expect(percent(null)).toBe(0);
  });
});
