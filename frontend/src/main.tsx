import '@ant-design/v5-patch-for-react-19';
import 'antd/dist/reset.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import { loadConfig } from './lib/config';

// The runtime configuration is read before anything renders: one build serves every environment.
const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<ConfigErrorPage error={error} />),
);
