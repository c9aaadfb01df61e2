import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync } from 'fflate';
import type { Question } from '../schemas/quiz.js';

/**
 * IMS Common Cartridge 1.3 for one course of a release in one language: lessons as web content,
 * module quizzes as QTI 1.2 assessments (the CC profile), so a city can import the course into
 * an LMS that cannot use LTI. The package holds the answer keys: only admins may export it.
 */
export interface CartridgeInput {
  /** Stable for a release, course and language: LMSs use it to recognise a re-import. */
  identifier: string;
  locale: string;
  title: string;
  description: string;
  version: string;
  /** Where links that leave the package (practices, criteria) point: the academy's public URL. */
  academyUrl: string;
  modules: CartridgeModule[];
}

export interface CartridgeModule {
  slug: string;
  title: string;
  lessons: { slug: string; title: string; html: string }[];
  quiz?: {
    title: string;
    questions: Question[];
    texts: Record<string, { prompt: string; options?: Record<string, string>; explanation?: string }>;
  };
}

export interface SkippedQuestion {
  module: string;
  question: string;
  reason: 'ordering' | 'drawn-values' | 'no-text';
}

export interface Cartridge {
  /** Path in the package → file content. */
  files: Map<string, string>;
  /** Questions the CC assessment profile cannot carry; listed in export-notes.html as well. */
  skipped: SkippedQuestion[];
}

const NS = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
  lomimscc: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
  qti: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const SCHEMA_LOCATION = [
  NS.cp,
  'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd',
  NS.lomimscc,
  'http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd',
].join(' ');
const QTI_SCHEMA_LOCATION = `${NS.qti} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd`;
const ASSESSMENT_TYPE = 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment';

const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});
const document = (root: object) => `<?xml version="1.0" encoding="UTF-8"?>\n${xml.build(root)}`;

/** XML identifiers must start with a letter and hold no slashes. */
const ident = (...parts: string[]) => `i_${parts.join('_').replace(/[^A-Za-z0-9_.-]/g, '-')}`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lessonPage(input: CartridgeInput, title: string, html: string, depth: number): string {
  const up = '../'.repeat(depth);
  // Links between lessons stay inside the package; other academy links point at the academy.
  const body = html
    .replace(/href="\/learn\/([^"/]+)\/([^"/]+)"/g, (_m, module: string, lesson: string) => {
      return `href="${up}lessons/${module}/${lesson}.html"`;
    })
    .replace(/href="(\/[^"]*)"/g, (_m, path: string) => `href="${input.academyUrl}${path}"`);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.locale)}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

const mattext = (text: string, type = 'text/plain') => ({
  material: { mattext: { '@texttype': type, '#text': text } },
});
const metadata = (fields: Record<string, string>) => ({
  qtimetadata: {
    qtimetadatafield: Object.entries(fields).map(([label, entry]) => ({
      fieldlabel: label,
      fieldentry: entry,
    })),
  },
});
const score = (condition: object) => ({
  outcomes: {
    decvar: { '@varname': 'SCORE', '@vartype': 'Decimal', '@minvalue': '0', '@maxvalue': '100' },
  },
  respcondition: {
    '@continue': 'No',
    conditionvar: condition,
    setvar: { '@varname': 'SCORE', '@action': 'Set', '#text': '100' },
  },
});

/** One QTI item, or the reason the CC profile cannot carry the question. */
function qtiItem(
  q: Question,
  text: { prompt: string; options?: Record<string, string>; explanation?: string },
): object | SkippedQuestion['reason'] {
  const feedback = text.explanation
    ? {
        itemfeedback: {
          '@ident': 'general_fb',
          flow_mat: mattext(text.explanation),
        },
      }
    : {};
  const choice = (profile: string, cardinality: 'Single' | 'Multiple', options: string[]) => ({
    itemmetadata: metadata({ cc_profile: profile, cc_weighting: String(q.points ?? 1) }),
    presentation: {
      ...mattext(text.prompt),
      response_lid: {
        '@ident': 'response1',
        '@rcardinality': cardinality,
        render_choice: {
          response_label: options.map((id) => ({
            '@ident': id,
            ...mattext(text.options?.[id] ?? id),
          })),
        },
      },
    },
  });
  switch (q.type) {
    case 'single':
      return {
        ...choice('cc.multiple_choice.v0p1', 'Single', q.options),
        resprocessing: score({ varequal: { '@respident': 'response1', '#text': q.answer } }),
        ...feedback,
      };
    case 'multiple': {
      const wrong = q.options.filter((o) => !q.answer.includes(o));
      return {
        ...choice('cc.multiple_response.v0p1', 'Multiple', q.options),
        resprocessing: score({
          and: {
            varequal: q.answer.map((id) => ({ '@respident': 'response1', '#text': id })),
            ...(wrong.length
              ? {
                  not: wrong.map((id) => ({
                    varequal: { '@respident': 'response1', '#text': id },
                  })),
                }
              : {}),
          },
        }),
        ...feedback,
      };
    }
    case 'true-false':
      return {
        itemmetadata: metadata({ cc_profile: 'cc.true_false.v0p1', cc_weighting: String(q.points ?? 1) }),
        presentation: {
          ...mattext(text.prompt),
          response_lid: {
            '@ident': 'response1',
            '@rcardinality': 'Single',
            render_choice: {
              response_label: [
                { '@ident': 'true', ...mattext('True') },
                { '@ident': 'false', ...mattext('False') },
              ],
            },
          },
        },
        resprocessing: score({ varequal: { '@respident': 'response1', '#text': String(q.answer) } }),
        ...feedback,
      };
    case 'numeric': {
      // Values drawn per attempt cannot be carried: the package has one fixed text.
      if (q.lcc?.vary) return 'drawn-values';
      const margin =
        q.tolerance ?? (q.toleranceRelative !== undefined ? Math.abs(q.answer) * q.toleranceRelative : 0);
      return {
        itemmetadata: metadata({ cc_profile: 'cc.fib.v0p1', cc_weighting: String(q.points ?? 1) }),
        presentation: {
          ...mattext(text.prompt),
          response_str: {
            '@ident': 'response1',
            '@rcardinality': 'Single',
            render_fib: { '@fibtype': 'Decimal', '@rows': '1', '@columns': '20' },
          },
        },
        resprocessing: score(
          margin === 0
            ? { varequal: { '@respident': 'response1', '#text': String(q.answer) } }
            : {
                and: {
                  vargte: { '@respident': 'response1', '#text': String(q.answer - margin) },
                  varlte: { '@respident': 'response1', '#text': String(q.answer + margin) },
                },
              },
        ),
        ...feedback,
      };
    }
    case 'ordering':
      return 'ordering'; // the CC assessment profile has no ordering item
  }
}

function assessment(input: CartridgeInput, mod: CartridgeModule, skipped: SkippedQuestion[]): string {
  const quiz = mod.quiz!;
  const items: object[] = [];
  for (const q of quiz.questions) {
    const text = quiz.texts[q.id];
    const item = text ? qtiItem(q, text) : 'no-text';
    if (typeof item === 'string') skipped.push({ module: mod.slug, question: q.id, reason: item });
    else items.push({ '@ident': ident(mod.slug, q.id), '@title': q.id, ...item });
  }
  return document({
    questestinterop: {
      '@xmlns': NS.qti,
      '@xmlns:xsi': NS.xsi,
      '@xsi:schemaLocation': QTI_SCHEMA_LOCATION,
      assessment: {
        '@ident': ident(input.identifier, mod.slug, 'quiz'),
        '@title': quiz.title,
        ...metadata({ cc_profile: 'cc.exam.v0p1', qmd_assessmenttype: 'Examination' }),
        section: { '@ident': 'root_section', item: items },
      },
    },
  });
}

function notes(input: CartridgeInput, skipped: SkippedQuestion[]): string {
  const rows = skipped
    .map((s) => `<li><code>${escapeHtml(s.module)}/${escapeHtml(s.question)}</code>: ${s.reason}</li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>About this export</title></head>
<body>
<h1>About this export</h1>
<p>${escapeHtml(input.title)}, curriculum version ${escapeHtml(input.version)}, language ${escapeHtml(input.locale)}.
Exported from <a href="${escapeHtml(input.academyUrl)}">${escapeHtml(input.academyUrl)}</a> as IMS Common Cartridge 1.3.</p>
<p>Module quizzes hold every question of the module's bank; in the academy a quiz may draw a subset.
Questions the Common Cartridge assessment profile cannot carry are left out
(ordering questions; calculation questions whose values are drawn per attempt):</p>
<ul>
${rows || '<li>none</li>'}
</ul>
</body>
</html>
`;
}

export function buildCartridge(input: CartridgeInput): Cartridge {
  const files = new Map<string, string>();
  const skipped: SkippedQuestion[] = [];
  const resources: object[] = [];
  const moduleItems: object[] = [];

  for (const mod of input.modules) {
    const items: object[] = [];
    for (const lesson of mod.lessons) {
      const href = `lessons/${mod.slug}/${lesson.slug}.html`;
      files.set(href, lessonPage(input, lesson.title, lesson.html, 2));
      const id = ident(mod.slug, lesson.slug);
      resources.push({ '@identifier': `${id}_r`, '@type': 'webcontent', '@href': href, file: { '@href': href } });
      items.push({ '@identifier': id, '@identifierref': `${id}_r`, title: lesson.title });
    }
    if (mod.quiz) {
      const href = `${ident(mod.slug, 'quiz')}/assessment.xml`;
      files.set(href, assessment(input, mod, skipped));
      const id = ident(mod.slug, 'quiz');
      resources.push({ '@identifier': `${id}_r`, '@type': ASSESSMENT_TYPE, file: { '@href': href } });
      items.push({ '@identifier': id, '@identifierref': `${id}_r`, title: mod.quiz.title });
    }
    moduleItems.push({ '@identifier': ident(mod.slug), title: mod.title, item: items });
  }
  files.set('export-notes.html', notes(input, skipped));
  resources.push({
    '@identifier': 'i_export-notes_r',
    '@type': 'webcontent',
    '@href': 'export-notes.html',
    file: { '@href': 'export-notes.html' },
  });

  const lang = input.locale;
  files.set(
    'imsmanifest.xml',
    document({
      manifest: {
        '@identifier': ident(input.identifier),
        '@xmlns': NS.cp,
        '@xmlns:lomimscc': NS.lomimscc,
        '@xmlns:xsi': NS.xsi,
        '@xsi:schemaLocation': SCHEMA_LOCATION,
        metadata: {
          schema: 'IMS Common Cartridge',
          schemaversion: '1.3.0',
          'lomimscc:lom': {
            'lomimscc:general': {
              'lomimscc:title': { 'lomimscc:string': { '@language': lang, '#text': input.title } },
              'lomimscc:language': lang,
              'lomimscc:description': {
                'lomimscc:string': { '@language': lang, '#text': input.description },
              },
            },
          },
        },
        organizations: {
          organization: {
            '@identifier': 'i_organization',
            '@structure': 'rooted-hierarchy',
            item: { '@identifier': 'i_root', item: moduleItems },
          },
        },
        resources: { resource: resources },
      },
    }),
  );
  return { files, skipped };
}

/** The package as a `.imscc` file (a ZIP with the manifest at its root). */
export function zipCartridge(cartridge: Cartridge): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  // The manifest first: some importers look at the first entry.
  entries['imsmanifest.xml'] = strToU8(cartridge.files.get('imsmanifest.xml')!);
  for (const [path, content] of cartridge.files) if (path !== 'imsmanifest.xml') entries[path] = strToU8(content);
  return zipSync(entries, { level: 6 });
}
