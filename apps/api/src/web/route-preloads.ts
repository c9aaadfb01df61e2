import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interfaceLocaleAmong } from '@academy/locales';
import accepts from 'accepts';
import type { IncomingMessage } from 'node:http';

/**
 * dist/route-preloads.json, written by the web build (apps/web/build/route-preloads.ts): what a
 * first visit to each route loads besides the shell. Named in the HTML the API sends, the browser
 * fetches a page's chunks while it compiles the shell instead of after (docs/decisions/0026).
 */
interface RoutePreloadsFile {
  routes: Array<{
    path: string;
    pattern: string;
    flags: string;
    js: string[];
    css: string[];
    messages: Record<string, string[]>;
  }>;
  sourceLocale: string;
  locales: Record<string, string[]>;
}

/** Only the build's own asset paths reach the HTML. */
const assetPath = /^\/assets\/[\w.-]+\.(js|css)$/;

export interface RoutePreloads {
  /** `<link>` elements for the page at `path`, in the language the web app will start in. */
  linksFor(path: string, request: IncomingMessage): string;
}

function parse(file: string): RoutePreloadsFile {
  const data = JSON.parse(readFileSync(file, 'utf8')) as RoutePreloadsFile;
  if (!Array.isArray(data.routes) || typeof data.sourceLocale !== 'string')
    throw new Error(`${file}: not what the web build writes (no routes or source language)`);
  const paths = [
    ...data.routes.flatMap((r) => [...r.js, ...r.css, ...Object.values(r.messages).flat()]),
    ...Object.values(data.locales).flat(),
  ];
  const wrong = paths.find((p) => typeof p !== 'string' || !assetPath.test(p));
  if (wrong !== undefined)
    throw new Error(`${file}: names ${JSON.stringify(wrong)}, not one of the build's assets`);
  return data;
}

/** The build's route preloads, or null when the build has none (an older build: no hints). */
export function loadRoutePreloads(webDistDir: string): RoutePreloads | null {
  const file = join(webDistDir, 'route-preloads.json');
  if (!existsSync(file)) return null;
  const data = parse(file);
  const routes = data.routes.map((r) => ({ ...r, re: new RegExp(r.pattern, r.flags) }));
  // The web app's choice on a first visit: the browser's languages in order (initialLocale).
  const localeOf = (request: IncomingMessage) =>
    interfaceLocaleAmong(accepts(request).languages()) ?? data.sourceLocale;
  return {
    linksFor(path, request) {
      const route = routes.find((r) => r.re.test(path));
      const locale = localeOf(request);
      const scripts = [...(data.locales[locale] ?? []), ...(route?.js ?? [])];
      scripts.push(...(route?.messages[locale] ?? []));
      return [
        ...[...new Set(scripts)].map(
          (href) => `<link rel="modulepreload" crossorigin href="${href}">`,
        ),
        ...(route?.css ?? []).map(
          (href) => `<link rel="preload" as="style" crossorigin href="${href}">`,
        ),
      ].join('');
    },
  };
}
