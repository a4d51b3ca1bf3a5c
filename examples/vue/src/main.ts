import { createApp } from 'vue';
import '@conversations-kit/elements/define.js';
// Prop types and completion for the tags in templates.
import '@conversations-kit/elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
