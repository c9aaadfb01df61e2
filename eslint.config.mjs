// One flat ESLint config for the whole workspace.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Feature boundaries inside apps/api (docs/decisions/0009-feature-boundaries.md). A feature folder
// imports another feature only through its public entry (`<feature>/index.ts`, or its Nest module
// file), never its entities, tables or internal services; the shared layers import no feature.
// Patterns match the import string, so they are generated per folder depth.
const API = 'apps/api/src';
const FEATURES = [
  'audit',
  'cartridge',
  'certificates',
  'cohorts',
  'curriculum',
  'health',
  'identity',
  'jobs',
  'lcc',
  'learning',
  'live',
  'lti',
  'mail',
  'privacy',
  'reports',
  'workspace',
  'xapi',
];
const LAYERS = {
  common: ['common'],
  config: ['common', 'config'],
  database: ['common', 'config', 'database'],
  infra: ['common', 'config', 'infra'],
};
const SHARED = ['common', 'config', 'database', 'infra'];
const TESTS = ['**/*.spec.ts', '**/*.fixtures.ts'];
/** Files that still send raw SQL beside their entities; each is an open item in decision 0008. */
const RAW_SQL_DEBT = [
  'cohorts/cohort.service.ts',
  'cohorts/membership/csv-import.service.ts',
  'cohorts/membership/membership.ts',
  'cohorts/messaging/announcements.service.ts',
  'cohorts/messaging/invitation.service.ts',
  'cohorts/reporting/exports.service.ts',
  'cohorts/schedule/attendance.service.ts',
  'cohorts/schedule/calendar.service.ts',
  'cohorts/schedule/completion.service.ts',
  'cohorts/schedule/module-locks.service.ts',
  'identity/identity.service.ts',
  'identity/login-throttle.ts',
].map((f) => `${API}/${f}`);
const TYPED = ['apps/api/src/**/*.ts', 'apps/web/src/**/*.ts', 'libs/*/src/**/*.ts'];
const TYPED_IGNORES = ['**/*.spec.ts', '**/*.fixtures.ts', '**/generated.ts'];
const restrict = (prefix, allowed, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            `${prefix}*/**`,
            ...allowed.map((a) => `!${prefix}${a}/**`),
            ...extra.map((e) => `!${prefix}${e}`),
          ],
          message:
            'Import another feature only through its public entry (<feature>/index.js); shared layers import no feature. See docs/decisions/0009.',
        },
      ],
    },
  ],
});
const boundaries = [0, 1, 2, 3].flatMap((depth) => {
  const prefix = '../'.repeat(depth + 1);
  const under = (folder, name = '*.ts') => `${API}/${folder}/${'*/'.repeat(depth)}${name}`;
  return [
    ...FEATURES.map((f) => ({
      files: [under(f)],
      ignores: TESTS,
      rules: restrict(prefix, [f, ...SHARED], ['*/index.js', '*/*.module.js']),
    })),
    // Entities may relate to another feature's entity: those relations are the foreign keys.
    ...FEATURES.map((f) => ({
      files: [under(f, '*.entity.ts'), under(f, '*.entities.ts')],
      rules: restrict(
        prefix,
        [f, ...SHARED],
        ['*/index.js', '*/*.module.js', '*/*.entity.js', '*/*.entities.js'],
      ),
    })),
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      files: [under(layer)],
      ignores: TESTS,
      rules: restrict(prefix, allowed),
    })),
  ];
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/*.generated.ts',
      '**/generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            // Libraries are shared by both apps and never import an app.
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // The API never imports the web app, the web app never imports the API.
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  // Type-aware rules (recommendedTypeChecked) on the TypeScript sources of the API, the web app and
  // the libraries. Specs are left out: they walk untyped JSON answers on purpose.
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({
    ...config,
    files: TYPED,
    ignores: [...(config.ignores ?? []), ...TYPED_IGNORES],
  })),
  {
    files: TYPED,
    ignores: TYPED_IGNORES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Apollo's plugin hooks are async by contract, whether or not a hook awaits.
  { files: [`${API}/graphql/*.plugin.ts`], rules: { '@typescript-eslint/require-await': 'off' } },
  // Composables destructure vue-i18n's functions (`const { t } = useI18n()`), which use no `this`.
  { files: ['apps/web/src/**/*.ts'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  ...boundaries,
  // One data-access style (docs/decisions/0008-data-access.md): entity reads and writes through
  // TypeORM repositories and the query builder; raw SQL only in set-based read models
  // (*.read-model.ts, *.sql.ts) with typed rows. Enforced where the decision has been applied.
  {
    files: [
      `${API}/cohorts/**/*.ts`,
      `${API}/identity/**/*.ts`,
      `${API}/learning/learning.read-model.ts`,
    ],
    ignores: [...TESTS, '**/*.read-model.ts', '**/*.sql.ts', ...RAW_SQL_DEBT],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message:
            'Raw SQL belongs in a *.read-model.ts or *.sql.ts file; use a repository or the query builder here (docs/decisions/0008).',
        },
      ],
    },
  },
  // The entity registry and the migrations list every feature's entities by design.
  { files: [`${API}/database/entities.ts`], rules: { 'no-restricted-imports': 'off' } },
  prettier,
);
