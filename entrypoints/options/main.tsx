import { startPage } from '@/components/startPage';
import { firstGoalsOf, loadCycleGoals } from '@/utils/db';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// My goals were read by options-start.js while this module loaded (checked
// here; read again when that found nothing usable), and the page renders at
// once (before the settings are read): the list shows as soon as they are.
const started = (globalThis as { reviewCompanionFirstGoals?: Promise<unknown> }).reviewCompanionFirstGoals;
const firstRead = (started ?? Promise.resolve(undefined))
  .then(firstGoalsOf, () => undefined)
  .then((found) => found ?? loadCycleGoals());
firstRead.catch(() => undefined); // the page says so (useReviewData)
startPage(() => <App firstRead={firstRead} />, { early: true });
