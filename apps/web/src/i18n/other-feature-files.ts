// The feature message files of every language but English (see index.ts): loaded when the
// interface first switches to another language, so the first page does not list them all.
export default import.meta.glob<{ default: Record<string, unknown> }>([
  './features/*.json',
  '!./features/*.en.json',
]);
