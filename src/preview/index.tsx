import { createRoot } from 'react-dom/client';
import { PreviewApp } from './PreviewApp';
import { isApiVersion } from './session';

// `?api=1.7|1.14|1.18` picks the Excel the preview stands for (Microsoft 365, ExcelApi 1.18, by default).
const wanted = new URLSearchParams(window.location.search).get('api');
createRoot(document.getElementById('root')!).render(<PreviewApp initial={isApiVersion(wanted) ? wanted : '1.18'} />);
