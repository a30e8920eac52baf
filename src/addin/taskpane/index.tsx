import { createRoot } from 'react-dom/client';
import { storedLang } from '../lang';
import { App } from './App';
import { registerCommands } from '../commands/register';

// The engine loads after the pane has painted: the first screen needs only React and the pane's own parts.
const session = Office.onReady()
  .then(() => import('./boot'))
  .then((m) => m.boot());
// The ribbon's commands are associated now, before anything loads lazily: the click that loaded this page runs.
registerCommands(() => session.then((s) => s.controller));
createRoot(document.getElementById('root')!).render(<App session={session} initialLang={storedLang()} />);
