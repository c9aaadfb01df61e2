import { classifyPath } from '../loader/paths.js';
import { LOCALE_RE, SLUG_RE } from '../schemas/common.js';
import type { RuleContext } from './context.js';

/** curriculum.yaml coherence: source first, unique locales, fallback chains over known locales. */
export function manifestRules({ model, problems }: RuleContext): void {
  const m = model.manifest;
  if (!m) return;
  const { locales, sourceLocale, fallbacks = {} } = m.data;
  const file = m.file.displayPath;
  if (locales[0] !== sourceLocale) problems.error(file, m.lineOf(['locales']), `locales must list the source locale "${sourceLocale}" first`);
  locales.forEach((l, i) => {
    if (locales.indexOf(l) !== i) problems.error(file, m.lineOf(['locales', i]), `duplicate locale "${l}"`);
  });
  for (const [from, chain] of Object.entries(fallbacks)) {
    chain.forEach((to, i) => {
      if (!locales.includes(to)) problems.error(file, m.lineOf(['fallbacks', from, i]), `fallback "${to}" of ${from} is not an offered locale`);
    });
  }
}

/** Every file name: kebab-case ids, valid locales, locales the curriculum (or edition) offers. */
export function fileNameRules({ model, problems }: RuleContext): void {
  const offered = new Set([
    ...(model.manifest?.data.locales ?? []),
    ...Object.keys(model.manifest?.data.fallbacks ?? {}),
    ...(model.edition?.data.locales ?? []),
  ]);
  for (const file of model.files.values()) {
    const ref = classifyPath(file.path);
    if (!ref) continue;
    for (const part of [ref.id, ref.module, ref.lesson]) {
      if (part !== undefined && part !== '' && !SLUG_RE.test(part) && ref.kind !== 'manifest' && ref.kind !== 'changelog')
        problems.error(file.displayPath, 1, `file name "${part}" is not a lowercase kebab-case slug`);
    }
    if (ref.locale === undefined) continue;
    if (!LOCALE_RE.test(ref.locale)) problems.error(file.displayPath, 1, `"${ref.locale}" is not a BCP 47 locale tag`);
    else if (model.manifest && !offered.has(ref.locale))
      problems.error(file.displayPath, 1, `locale "${ref.locale}" is not offered in curriculum.yaml`);
  }
}

/** CHANGELOG.md must have a Keep-a-Changelog entry `## [version]` for the current version. */
export function changelogRule({ model, problems }: RuleContext): void {
  const version = model.manifest?.data.version;
  if (!version) return;
  if (!model.changelog) {
    problems.error('CHANGELOG.md', 1, `CHANGELOG.md is missing (it needs an entry "## [${version}]")`);
    return;
  }
  const heading = new RegExp(`^##\\s+\\[${version.replace(/\./g, '\\.')}\\]`, 'm');
  if (!heading.test(model.changelog.text))
    problems.error(model.changelog.displayPath, 1, `no entry "## [${version}]" for the current version ${version}`);
}
