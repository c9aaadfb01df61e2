/** The letter shown before a question's option at `index` in drawn order (0 → A); the API cites the same letters in explanations. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Option id → its letter, for a question's options in the order drawn for the attempt. */
export function lettersOf(options: readonly { id: string }[]): Record<string, string> {
  return Object.fromEntries(options.map((o, i) => [o.id, optionLetter(i)]));
}
