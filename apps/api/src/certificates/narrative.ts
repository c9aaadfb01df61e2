/** The achievement's criteria, in the language the course was taken in. */
const narratives: Record<string, (course: string, passMark: number | null) => string> = {
  en: (course, pass) =>
    `Completed every lesson of “${course}”, passed every module quiz${pass !== null ? ` and the final assessment with at least ${Math.round(pass * 100)}%` : ''}.`,
  nl: (course, pass) =>
    `Alle lessen van ‘${course}’ afgerond en alle moduletoetsen gehaald${pass !== null ? `, en de eindtoets met minstens ${Math.round(pass * 100)}%` : ''}.`,
  de: (course, pass) =>
    `Alle Lektionen von „${course}“ abgeschlossen und alle Modultests bestanden${pass !== null ? `, die Abschlussprüfung mit mindestens ${Math.round(pass * 100)} %` : ''}.`,
};

export function criteriaNarrative(
  locale: string,
  course: string,
  finalPassMark: number | null,
): string {
  const make = narratives[locale] ?? narratives[locale.split('-')[0] ?? ''] ?? narratives.en!;
  return make(course, finalPassMark);
}
