import 'antd/dist/reset.css';
import { i18nReady } from './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadConfig } from './lib/config';

// The runtime configuration is read before anything renders: one build serves every environment.
const root = createRoot(document.getElementById('root')!);
Promise.all([loadConfig(), i18nReady]).then(
  ([config]) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  // Rare: its Ant Design Alert loads only then, not with every first page.
  (error: unknown) => void import('./app/ConfigErrorPage').then(({ ConfigErrorPage }) => root.render(<ConfigErrorPage error={error} />)),
);
