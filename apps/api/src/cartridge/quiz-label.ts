/** "Quiz" in each interface language, for the quiz items of an exported course. */
const LABELS: Record<string, string> = {
  en: 'Quiz',
  nl: 'Toets',
  de: 'Quiz',
  fr: 'Quiz',
  it: 'Quiz',
  bg: 'Тест',
  fi: 'Testi',
  nb: 'Quiz',
};

/** The label in the course's language (or its base language), else English. */
export function quizLabel(locale: string): string {
  return LABELS[locale] ?? LABELS[locale.split('-')[0]!] ?? 'Quiz';
}
