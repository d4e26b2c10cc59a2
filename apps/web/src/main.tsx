import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders.tsx';
import { createTandemApp } from './app/create-app.ts';
import { registerServiceWorker } from './shared/offline/register-service-worker.ts';
import './shared/styles/index.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');

const app = createTandemApp();

createRoot(rootElement).render(
  <StrictMode>
    <AppProviders app={app}>
      <RouterProvider router={app.router} />
    </AppProviders>
  </StrictMode>,
);

// Opens offline after one visit (the safety plan above all); never caches the API.
registerServiceWorker();
