import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { sourceConditions } from '../../vitest.shared.js';
import { routePreloads } from './build/route-preloads.js';

/**
 * petite-vue-i18n finds Vue's current instance through a namespace import (`'currentInstance' in
 * Vue`, else `Vue.getCurrentInstance()`). A namespace object read with a computed key keeps every
 * export of Vue in the bundle: custom elements, Transition, KeepAlive, Suspense, hydration and
 * more, about 5 KB gzip on the first page that no page uses. Vue 3.5 exports no `currentInstance`,
 * so the lookup always ends at getCurrentInstance: import that by name instead. The build fails
 * if the library's code changes, so this is looked at again then (docs/decisions/0025).
 */
function petiteVueI18nNamedVueImport(): Plugin {
  const namespaceImport = "import * as Vue from 'vue';";
  return {
    name: 'academy:petite-vue-i18n-named-vue-import',
    enforce: 'pre',
    transform(code, id) {
      if (!/petite-vue-i18n[\\/]dist[\\/]petite-vue-i18n\.runtime\.mjs$/.test(id)) return;
      if (!code.includes(namespaceImport) || /\bVue\[(?!key\])/.test(code))
        throw new Error(
          `${id}: Vue is no longer imported as this build expects; see vite.config.ts`,
        );
      return code.replace(
        namespaceImport,
        "import { getCurrentInstance as vueGetCurrentInstance } from 'vue';\n" +
          'const Vue = { getCurrentInstance: vueGetCurrentInstance };',
      );
    },
  };
}

// In development Vite serves the app and proxies the API; in production the API serves dist/.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue(),
    petiteVueI18nNamedVueImport(),
    // Interface strings are compiled at build time, so the browser gets vue-i18n's runtime-only
    // build without its message compiler, and no message is parsed in the browser.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/**/*.json', import.meta.url))],
      // petite-vue-i18n: the Composition API's translation functions without vue-i18n's date and
      // number formatting (the app formats with Intl itself) or its components.
      module: 'petite-vue-i18n',
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
    }),
    // Brotli and gzip copies beside each text asset, made once at build time at the highest
    // level; the API sends the one the browser accepts (apps/api/src/web/serve-web-app.ts).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      exclude: [/\.map$/],
    }),
    // dist/route-preloads.json: each route's chunks, for the API to name in the HTML it sends.
    routePreloads(/[\\/]src[\\/](router|routes[\\/][\w-]+)\.ts$/, 'en'),
  ],
  // vue-i18n build flags: the app uses the Composition API only (legacy: false) and no global
  // <i18n-t>/v-t, so those parts and the production devtools hooks are left out of the bundle.
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    conditions: [...sourceConditions, 'module', 'browser', 'development|production'],
    // zod without its eval probe (see the module), wherever it is imported from.
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/zod-without-eval.ts', import.meta.url)),
      },
    ],
  },
  server: {
    port: 5173,
    // Everything the API answers itself (see apps/api/src/web/serve-web-app.ts).
    proxy: {
      // ws: live workshops subscribe over WebSocket on /graphql (docs/decisions/0014).
      '^/(graphql|healthz|readyz|verify-api|issuer|\\.well-known)(/|$)': {
        target: 'http://localhost:3000',
        ws: true,
      },
      '^/certificates/[^/]+/(certificate\\.pdf|credential\\.jwt)$': 'http://localhost:3000',
      '^/cohorts/[^/]+/(calendar\\.ics|export/)': 'http://localhost:3000',
      '^/calendar/[^/]+\\.ics$': 'http://localhost:3000',
      '^/live/[^/]+/results\\.csv$': 'http://localhost:3000',
      '^/organisation/training-report\\.csv$': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in what the API serves (issue 14, item 13). WEB_SOURCEMAP=hidden writes them
    // (without a sourceMappingURL comment) for bench:web:sources; build those into another outDir.
    sourcemap: process.env.WEB_SOURCEMAP === 'hidden' ? 'hidden' : false,
    rolldownOptions: {
      output: {
        // Everything the first page loads statically (Vue, the router, urql, the shell, the core
        // strings) in one chunk instead of a dozen: one request, and it compresses better.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
});
