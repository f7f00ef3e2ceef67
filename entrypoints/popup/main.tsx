import { startPage } from '@/components/startPage';
import { App } from './App';
import { takeEarlyInput, type EarlyInput } from './early';
import '@/components/theme.css';
import './style.css';

// The note box in popup.html is adopted, not replaced: the app renders at
// once (before the settings are read), in the same task as it reads what was
// typed meanwhile.
let early: EarlyInput | undefined;
startPage(() => <App early={(early ??= takeEarlyInput())} />, { early: true, adopt: true });
