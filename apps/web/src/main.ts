import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { config as configureZod } from 'zod';
import App from './App.vue';
import { i18n, initialLocale, setLocale } from './i18n';
import { router } from './router';
import './styles.css';

// The Content-Security-Policy forbids eval: zod's JIT probe (`new Function`) would be reported as
// a violation on every page that validates an LCC scenario, so validate without it.
configureZod({ jitless: true });

// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- the type-aware lint cannot read .vue modules; vue-tsc checks this call
const app = createApp(App).use(createPinia()).use(i18n).use(router);
await setLocale(initialLocale());
// Mount before the first navigation settles (it waits for the session and the page's code), so
// the header and layout show at once and the page fills in when ready.
app.mount('#app');
