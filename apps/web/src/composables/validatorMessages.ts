/**
 * The curriculum validator answers in English (its messages are the CLI's, which authors grep
 * for). The editor sees them in the interface language: each known message shape maps to a
 * translated string with the same facts; an unknown one is shown as the validator wrote it.
 */
export interface ValidatorMessage {
  key: string;
  params: Record<string, string>;
}

const SHAPES: [RegExp, string, string[]][] = [
  [/^the translation is empty$/, 'empty', []],
  [/^this text is one line in the source; remove the line breaks$/, 'oneLine', []],
  [/^blank line inside a segment: /, 'blankLine', []],
  [/^::: lines belong to the file structure/, 'structureLine', []],
  [/^the source is a level-(\d) heading \((#+)\); keep it$/, 'keepHeading', ['level', 'marks']],
  [/^the source is not a heading; remove the leading #$/, 'notHeading', []],
  [/^the source links to (.+); keep that reference in the translation$/, 'keepReference', ['ref']],
  [/^unknown glossary term "(.+)"$/, 'unknownTerm', ['id']],
  [/^broken link: lesson "(.+)" does not exist$/, 'brokenLesson', ['ref']],
  [/^broken link: practice "(.+)" does not exist$/, 'brokenPractice', ['ref']],
  [/^broken link: criteria group "(.+)" does not exist$/, 'brokenCriteria', ['ref']],
  [/^headings start at ## /, 'headingLevel', []],
  [/^unsupported link "(.+)": /, 'unsupportedLink', ['href']],
  [/^images are not supported yet$/, 'images', []],
];

/** The translation key (under workspace.checks) and parameters of a validator message, if known. */
export function validatorMessage(message: string): ValidatorMessage | null {
  for (const [shape, key, names] of SHAPES) {
    const m = shape.exec(message);
    if (m) return { key, params: Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ''])) };
  }
  return null;
}

/** The message in the interface language (`t` from useI18n with the workspace strings loaded). */
export function localValidatorMessage(
  t: (key: string, params: Record<string, string>) => string,
  message: string,
): string {
  const known = validatorMessage(message);
  return known ? t(`workspace.checks.${known.key}`, known.params) : message;
}
