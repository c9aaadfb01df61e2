import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, initialLocale, setLocale } from './i18n';
import { router } from './router';
import './styles.css';

const app = createApp(App).use(createPinia()).use(i18n).use(router);
await setLocale(initialLocale());
await router.isReady();
app.mount('#app');
