/**
 * Entry point: chooses the language before anything is drawn (so the first frame is
 * already in it), then mounts the explorer.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { i18n } from './lib/i18n/locale.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
i18n.chooseFromEnvironment(window.location.search, navigator.languages ?? [navigator.language]);
mount(App, { target });
