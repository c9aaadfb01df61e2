/** Words the European credential needs in the learner's language (the rest comes from the curriculum). */
interface ElmLabels {
  finalAssessment: string;
  moduleQuizzes: string;
  passed: string;
}

const labels: Record<string, ElmLabels> = {
  en: { finalAssessment: 'Final assessment', moduleQuizzes: 'Module quizzes', passed: 'Passed' },
  nl: { finalAssessment: 'Eindtoets', moduleQuizzes: 'Moduletoetsen', passed: 'Geslaagd' },
  de: { finalAssessment: 'Abschlussprüfung', moduleQuizzes: 'Modultests', passed: 'Bestanden' },
  fr: { finalAssessment: 'Évaluation finale', moduleQuizzes: 'Quiz des modules', passed: 'Réussi' },
  it: {
    finalAssessment: 'Valutazione finale',
    moduleQuizzes: 'Quiz dei moduli',
    passed: 'Superato',
  },
  bg: {
    finalAssessment: 'Заключителен тест',
    moduleQuizzes: 'Тестове към модулите',
    passed: 'Издържан',
  },
  fi: {
    finalAssessment: 'Lopputesti',
    moduleQuizzes: 'Moduulien tietovisat',
    passed: 'Hyväksytty',
  },
  nb: { finalAssessment: 'Avsluttende prøve', moduleQuizzes: 'Modulquizer', passed: 'Bestått' },
};

export function elmLabels(locale: string): ElmLabels {
  return labels[locale] ?? labels[locale.split('-')[0] ?? ''] ?? labels.en!;
}
