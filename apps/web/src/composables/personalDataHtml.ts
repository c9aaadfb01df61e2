/**
 * The readable summary of a personal data export (GDPR Art. 15): one self-contained HTML page
 * with a section per kind of record, built in the browser from the same JSON document, so both
 * files always hold the same data. Every value is escaped; nested values are shown as JSON.
 */

/** The export's parts in reading order; unknown parts (a newer export format) follow by name. */
export const SECTIONS = [
  'profile',
  'organisation',
  'sessions',
  'enrolments',
  'lessonProgress',
  'quizAttempts',
  'cohortMemberships',
  'cohortsHosted',
  'attendance',
  'invitations',
  'announcementsWritten',
  'certificates',
  'auditLog',
  'mail',
] as const;

export interface SummaryWords {
  lang: string;
  title: string;
  exported: string;
  empty: string;
  /** The heading of a section, by its key in the export. */
  section: (key: string) => string;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;
}

function table(rows: Record<string, unknown>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = keys.map((k) => `<th scope="col">${escape(k)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${keys.map((k) => `<td>${cell(r[k])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function fields(record: Record<string, unknown>): string {
  const items = Object.entries(record)
    .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${cell(v)}</dd>`)
    .join('');
  return `<dl>${items}</dl>`;
}

function content(value: unknown, words: SummaryWords): string {
  if (value === null || value === undefined) return `<p>${escape(words.empty)}</p>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `<p>${escape(words.empty)}</p>`;
    return value.every(isRecord)
      ? table(value)
      : `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;
  }
  if (isRecord(value)) {
    // A part made of lists (mail: messages and the cohort outbox) shows each list as a table.
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([, v]) => Array.isArray(v)))
      return entries.map(([k, v]) => `<h3>${escape(k)}</h3>${content(v, words)}`).join('\n');
    return fields(value);
  }
  return `<p>${cell(value)}</p>`;
}

export function personalDataHtml(data: Record<string, unknown>, words: SummaryWords): string {
  const known: readonly string[] = SECTIONS;
  const keys = [
    ...SECTIONS.filter((k) => k in data),
    ...Object.keys(data).filter((k) => !known.includes(k) && k !== 'format' && k !== 'exportedAt'),
  ];
  const sections = keys
    .map(
      (k) =>
        `<section>\n<h2>${escape(words.section(k))}</h2>\n${content(data[k], words)}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escape(words.lang)}">
<head>
<meta charset="utf-8">
<title>${escape(words.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.5; color: #1a1a1a; }
table { border-collapse: collapse; margin-bottom: 1rem; }
th, td { border: 1px solid #888; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
pre { margin: 0; white-space: pre-wrap; font-size: 0.85rem; }
dt { font-weight: bold; }
</style>
</head>
<body>
<main>
<h1>${escape(words.title)}</h1>
<p>${escape(words.exported)}</p>
${sections}
</main>
</body>
</html>
`;
}
