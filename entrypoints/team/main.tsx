import { startPage } from '@/components/startPage';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

startPage(() => <App />);
