import { createApp } from 'vue';
import App from './App.vue';
import { i18n, initialLocale, setLocale } from './i18n';
import { router } from './router';
import './styles.css';

// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- the type-aware lint cannot read .vue modules; vue-tsc checks this call
const app = createApp(App).use(i18n).use(router);
// Mount once the start-up language is there, before the first navigation settles (it waits for
// the session and the page's code), so the header and layout show at once and the page fills in
// when ready. Not a top-level await: the app is one chunk (decision record 0025), and a lazily
// loaded chunk that imports from it (the other languages' file list) would wait for this module
// to finish evaluating while this module waited for it.
void setLocale(initialLocale()).then(() => app.mount('#app'));
