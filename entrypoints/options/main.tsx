import { startPage } from '@/components/startPage';
import { loadCycleGoals } from '@/utils/db';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// The goals are read the moment the module runs, and the page renders at once
// (before the settings are read): the list shows as soon as the read is done.
const firstRead = loadCycleGoals();
firstRead.catch(() => undefined); // the page says so (useReviewData)
startPage(() => <App firstRead={firstRead} />, { early: true });
