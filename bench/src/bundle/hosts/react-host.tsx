import { createRoot } from 'react-dom/client';

// The baseline: a React host with nothing of the kit.
createRoot(document.getElementById('root')!).render(<p>Host</p>);
