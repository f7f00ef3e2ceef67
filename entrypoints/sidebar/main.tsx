import { render } from 'preact';
import { App, createSidebarLoader } from './App';
import { uiLanguage } from '@/utils/i18n';
import '@/components/theme.css';
import './style.css';

// Ask for the data before anything else: the request overlaps the first render.
const load = createSidebarLoader();
document.documentElement.lang = uiLanguage();
render(<App embedded={window.top !== window} load={load} />, document.getElementById('app')!);
