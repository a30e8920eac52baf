import { createRoot } from 'react-dom/client';
import { storedLang } from '../lang';
import { App } from './App';

// The engine loads after the pane has painted: the first screen needs only React and the pane's own parts.
const session = Office.onReady()
  .then(() => import('./boot'))
  .then((m) => m.boot());
createRoot(document.getElementById('root')!).render(<App session={session} initialLang={storedLang()} />);
