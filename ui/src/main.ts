import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/tokens.css';
import './styles/themes.css';
import './styles/base.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { applyTheme } from './lib/theme';

// Follow the OS colours until the saved preferences arrive.
applyTheme('system');

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');

export default mount(App, { target });
