import { basename } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { createRouterMatcher } from 'vue-router';

/**
 * What a first visit to each route needs besides the shell, written to dist/route-preloads.json
 * so the API can name it in the HTML it sends (apps/api/src/web/route-preloads.ts). Without it the
 * browser learns of a page's chunks only once the shell has been fetched, compiled and run, and
 * the router has matched the address: one round of requests later (docs/decisions/0026).
 */
export interface RoutePreloads {
  /** In vue-router's order of precedence: the first whose pattern matches is the page. */
  routes: Array<{
    /** The route's path as vue-router writes it: `/learn/:module/:lesson`, `/live/:code?`. */
    path: string;
    /** vue-router's own regular expression for the path, and its flags. */
    pattern: string;
    flags: string;
    /** The page's chunk and the chunks it imports statically (the shell excluded). */
    js: string[];
    css: string[];
    /** Per locale, the chunks of the feature messages the route declares (meta.messages). */
    messages: Record<string, string[]>;
  }>;
  /** The interface's source language, whose core strings are in the shell. */
  sourceLocale: string;
  /** Per locale other than the source language, what setLocale loads before the app mounts. */
  locales: Record<string, string[]>;
}

interface RouteSource {
  /** The route file's id and the record's place in it, for a stable order. */
  file: string;
  index: number;
  path: string;
  /** The page component's module id. */
  page: string;
  messages: string[];
}

type Node = { type: string; [key: string]: unknown };
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
const stringOf = (v: unknown) =>
  isNode(v) && v.type === 'Literal' && typeof v.value === 'string' ? v.value : undefined;
function propertyOf(object: Node, key: string): unknown {
  for (const p of object.properties as Node[])
    if (p.type === 'Property' && isNode(p.key) && (p.key.name ?? p.key.value) === key)
      return p.value;
  return undefined;
}
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n);
  else if (isNode(node)) {
    yield node;
    for (const [key, value] of Object.entries(node))
      if (key !== 'type' && typeof value === 'object') yield* walk(value);
  }
}

/** `{ path: '…', component: () => import('…'), meta: { messages: […] } }` in a route file. */
function routeRecords(program: unknown): Array<{ path: string; page: string; messages: string[] }> {
  const records = [];
  for (const node of walk(program)) {
    if (node.type !== 'ObjectExpression') continue;
    const path = stringOf(propertyOf(node, 'path'));
    const component = propertyOf(node, 'component');
    if (path === undefined || !isNode(component)) continue;
    const body = component.type === 'ArrowFunctionExpression' ? component.body : undefined;
    const page =
      isNode(body) && body.type === 'ImportExpression' ? stringOf(body.source) : undefined;
    if (page === undefined)
      throw new Error(
        `route ${path}: its component is not \`() => import('…')\`, which route-preloads reads`,
      );
    const meta = propertyOf(node, 'meta');
    const list =
      isNode(meta) && meta.type === 'ObjectExpression' ? propertyOf(meta, 'messages') : undefined;
    const messages =
      isNode(list) && list.type === 'ArrayExpression'
        ? (list.elements as unknown[]).map(stringOf).filter((m): m is string => m !== undefined)
        : [];
    records.push({ path, page, messages });
  }
  return records;
}

/** The chunk and every chunk it imports statically, except those the HTML already loads. */
function closure(bundle: OutputBundle, start: OutputChunk): OutputChunk[] {
  const seen = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (chunk.isEntry || seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

/**
 * Reads the route records in `routeFiles` (as ids match) while building, and writes what each
 * route's first visit loads. A route whose page or feature messages cannot be found fails the
 * build, so the list cannot quietly fall behind the router.
 */
export function routePreloads(routeFiles: RegExp, sourceLocale: string): Plugin {
  const sources: RouteSource[] = [];
  return {
    name: 'academy:route-preloads',
    apply: 'build',
    buildStart() {
      sources.length = 0;
    },
    async transform(code, id) {
      if (!routeFiles.test(id)) return;
      for (const [index, record] of routeRecords(this.parse(code, { lang: 'ts' })).entries()) {
        const page = await this.resolve(record.page, id);
        if (!page) throw new Error(`${id}: route ${record.path}: cannot resolve ${record.page}`);
        sources.push({ ...record, file: id, index, page: page.id });
      }
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const byModule = new Map(
        chunks.flatMap((c) => (c.facadeModuleId ? [[c.facadeModuleId, c]] : [])),
      );
      const url = (fileName: string) => `/${fileName}`;
      /** Chunks of the i18n files named `<name>.<locale>.json`, by name and locale. */
      const messageChunks = new Map<string, string[]>();
      for (const c of chunks) {
        const m = /([\w-]+)\.([a-z]{2})\.json$/.exec(c.facadeModuleId ?? '');
        if (m)
          messageChunks.set(
            `${m[1]}.${m[2]}`,
            closure(bundle, c).map((x) => url(x.fileName)),
          );
      }
      const locales = new Set([...messageChunks.keys()].map((k) => k.split('.')[1]!));
      // vue-router's matcher ranks the routes and writes their patterns, so the API picks the
      // page exactly as the router will. Files are transformed in no fixed order: sorted first,
      // routes of equal rank keep one order from build to build (the file's, not the router's;
      // none of them match the same address).
      sources.sort((a, b) => a.file.localeCompare(b.file) || a.index - b.index);
      const ranked = createRouterMatcher(
        sources.map((s) => ({ path: s.path, component: {} })),
        {},
      ).getRoutes();
      const routes: RoutePreloads['routes'] = ranked.map(({ record, re }) => {
        const source = sources.find((s) => s.path === record.path)!;
        const page = byModule.get(source.page);
        if (!page) throw new Error(`route ${source.path}: no chunk for ${source.page}`);
        const js = closure(bundle, page);
        const messages: Record<string, string[]> = {};
        for (const locale of locales)
          messages[locale] = source.messages.flatMap((feature) => {
            const files = messageChunks.get(`${feature}.${locale}`);
            if (!files)
              throw new Error(`route ${source.path}: no chunk for ${feature}.${locale}.json`);
            return files;
          });
        return {
          path: source.path,
          pattern: re.source,
          flags: re.flags,
          js: js.map((c) => url(c.fileName)),
          css: [...new Set(js.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))].map(url),
          messages,
        };
      });
      // Core strings of the other languages (`<locale>.json`) and the list of their feature files.
      const localeCores: RoutePreloads['locales'] = {};
      const featureList = chunks.find((x) =>
        basename(x.facadeModuleId ?? '').startsWith('other-feature-files.'),
      );
      for (const c of chunks) {
        const locale = /[\\/]i18n[\\/]([a-z]{2})\.json$/.exec(c.facadeModuleId ?? '')?.[1];
        if (!locale || locale === sourceLocale) continue;
        localeCores[locale] = [
          ...closure(bundle, c),
          ...(featureList ? closure(bundle, featureList) : []),
        ].map((x) => url(x.fileName));
      }
      const preloads: RoutePreloads = { routes, sourceLocale, locales: localeCores };
      this.emitFile({
        type: 'asset',
        fileName: 'route-preloads.json',
        source: `${JSON.stringify(preloads, null, 1)}\n`,
      });
    },
  };
}
