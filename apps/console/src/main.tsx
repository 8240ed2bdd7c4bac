import '@fiko/team-ui/styles.css';
import './console.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { backendKindFor, createBackend } from './backend/chooseBackend';

const backend = await createBackend(
  backendKindFor(window.location.search, window.sessionStorage),
);
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true } },
});

const root = document.getElementById('root');
if (!root) throw new Error('The console needs an element with id "root" in index.html.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App backend={backend} />
    </QueryClientProvider>
  </StrictMode>,
);
