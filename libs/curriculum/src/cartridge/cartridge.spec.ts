import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { buildCartridge, zipCartridge, type CartridgeInput } from './cartridge.js';

const input: CartridgeInput = {
  identifier: 'release-1-foundations-nl',
  locale: 'nl',
  title: 'Circulair inkopen <basis> & meer',
  description: 'Een cursus',
  version: '2.0.0',
  academyUrl: 'https://academy.example.org',
  modules: [
    {
      slug: 'costs',
      title: 'Levenscycluskosten',
      lessons: [
        {
          slug: 'intro',
          title: 'Inleiding',
          html: '<p>Zie <a href="/learn/costs/npv" data-internal="lesson">NCW</a> en <a href="/practices/kamp-c">Kamp C</a>.</p>',
        },
        { slug: 'npv', title: 'Netto contante waarde', html: '<p>r = 2,25 %</p>' },
      ],
      quiz: {
        title: 'Toets: kosten',
        questions: [
          { id: 'pick-one', type: 'single', options: ['a', 'b'], answer: 'b' },
          { id: 'pick-many', type: 'multiple', options: ['a', 'b', 'c'], answer: ['a', 'c'], points: 2 },
          { id: 'truth', type: 'true-false', answer: false },
          { id: 'how-much', type: 'numeric', answer: 1000, tolerance: 5 },
          { id: 'drawn', type: 'numeric', answer: 0, lcc: { exercise: 'x', output: 'total', vary: [{ name: 'rate', path: 'rate', min: 1, max: 2, step: 1 }] } },
          { id: 'order-me', type: 'ordering', options: ['a', 'b'], answer: ['b', 'a'] },
        ],
        texts: {
          'pick-one': { prompt: 'Welke <optie> & waarom?', options: { a: 'Eén', b: 'Twee' }, explanation: 'Omdat.' },
          'pick-many': { prompt: 'Welke?', options: { a: 'A', b: 'B', c: 'C' } },
          truth: { prompt: 'Waar?' },
          'how-much': { prompt: 'Hoeveel?' },
          drawn: { prompt: 'Bereken' },
          'order-me': { prompt: 'Orden', options: { a: 'A', b: 'B' } },
        },
      },
    },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['resource', 'item', 'file', 'response_label', 'varequal'].includes(name) });

describe('Common Cartridge 1.3 export', () => {
  const cartridge = buildCartridge(input);
  const manifest = parser.parse(cartridge.files.get('imsmanifest.xml')!).manifest;

  it('writes well-formed XML that names the CC 1.3 schema and the course in its language', () => {
    for (const [path, content] of cartridge.files)
      if (path.endsWith('.xml')) expect(XMLValidator.validate(content), path).toBe(true);
    expect(manifest['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1');
    expect(manifest.metadata.schemaversion).toBe('1.3.0');
    const title = manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string'];
    expect(title).toEqual({ '@language': 'nl', '#text': 'Circulair inkopen <basis> & meer' });
  });

  it('references only files that are in the package, and every organisation item a resource', () => {
    const resources: { '@identifier': string; file: { '@href': string }[] }[] = manifest.resources.resource;
    for (const r of resources) for (const f of r.file) expect(cartridge.files.has(f['@href']), f['@href']).toBe(true);
    const ids = new Set(resources.map((r) => r['@identifier']));
    const moduleItem = manifest.organizations.organization.item[0].item[0];
    expect(moduleItem.title).toBe('Levenscycluskosten');
    expect(moduleItem.item.map((i: { title: string }) => i.title)).toEqual(['Inleiding', 'Netto contante waarde', 'Toets: kosten']);
    for (const i of moduleItem.item) expect(ids.has(i['@identifierref'])).toBe(true);
    expect(resources.find((r) => r.file[0]!['@href'].endsWith('assessment.xml'))).toMatchObject({ '@type': 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment' });
  });

  it('keeps links between lessons inside the package and sends the others to the academy', () => {
    const page = cartridge.files.get('lessons/costs/intro.html')!;
    expect(page).toContain('href="../../lessons/costs/npv.html"');
    expect(page).toContain('href="https://academy.example.org/practices/kamp-c"');
    expect(page).toContain('<html lang="nl">');
  });

  it('carries the answer keys in QTI and lists what the profile cannot hold', () => {
    const qti = parser.parse(cartridge.files.get('i_costs_quiz/assessment.xml')!).questestinterop.assessment;
    // The parsed QTI is untyped JSON: walk it as such.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const items: Record<string, any>[] = qti.section.item;
    const byTitle = new Map(items.map((i) => [i['@title'] as string, i]));
    expect([...byTitle.keys()]).toEqual(['pick-one', 'pick-many', 'truth', 'how-much']);
    const one = byTitle.get('pick-one')!;
    expect(one.presentation.material.mattext['#text']).toBe('Welke <optie> & waarom?');
    expect(one.resprocessing.respcondition.conditionvar.varequal[0]['#text']).toBe('b');
    expect(one.itemfeedback.flow_mat.material.mattext['#text']).toBe('Omdat.');
    const many = byTitle.get('pick-many')!.resprocessing.respcondition.conditionvar.and;
    expect(many.varequal.map((v: { '#text': string }) => v['#text'])).toEqual(['a', 'c']);
    expect(many.not.varequal[0]['#text']).toBe('b');
    expect(byTitle.get('truth')!.resprocessing.respcondition.conditionvar.varequal[0]['#text']).toBe('false');
    const range = byTitle.get('how-much')!.resprocessing.respcondition.conditionvar.and;
    expect([range.vargte['#text'], range.varlte['#text']]).toEqual(['995', '1005']);
    expect(cartridge.skipped).toEqual([
      { module: 'costs', question: 'drawn', reason: 'drawn-values' },
      { module: 'costs', question: 'order-me', reason: 'ordering' },
    ]);
    expect(cartridge.files.get('export-notes.html')).toContain('<code>costs/order-me</code>');
  });

  it('zips the package with the manifest first', () => {
    const entries = unzipSync(zipCartridge(cartridge));
    expect(Object.keys(entries)[0]).toBe('imsmanifest.xml');
    expect(Object.keys(entries).sort()).toEqual([...cartridge.files.keys()].sort());
    expect(strFromU8(entries['lessons/costs/npv.html']!)).toContain('r = 2,25 %');
  });
});
