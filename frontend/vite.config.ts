/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The origins the SPA talks to, from the runtime config it will serve (dist/ when previewing, public/ otherwise). */
function runtimeOrigins(): string[] {
  const candidates = ['./dist/config.json', './public/config.json'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const file = candidates.find((f) => existsSync(f));
  if (!file) return [];
  const config = JSON.parse(readFileSync(file, 'utf8')) as { apiBaseUrl?: string; oidcAuthority?: string };
  return [config.apiBaseUrl, config.oidcAuthority].flatMap((url) => {
    try {
      return url ? [new URL(url).origin] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Security headers of the static SPA (documented for production hosting in README.md). Ant Design injects its
 * CSS-in-JS as <style> elements, hence style-src 'unsafe-inline'; scripts come only from our origin. The OIDC
 * authority is also a frame-src for silent token renewal.
 */
function securityHeaders(): Record<string, string> {
  const origins = runtimeOrigins().join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${origins}`,
    `frame-src 'self' ${origins}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${origins}`,
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The dev server keeps Vite's own inline scripts (HMR) working: no CSP there, the other headers only.
  server: { port: 5173, strictPort: true, headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
  preview: { port: 5173, strictPort: true, headers: securityHeaders() },
  build: {
    // dist/.vite/manifest.json: scripts/first-load-size.mjs reads which chunks the first page needs.
    manifest: true,
    rolldownOptions: {
      output: {
        // Ant Design is NOT grouped: one antd chunk made every page (and the first load) carry every component.
        // Left to the bundler, each lazy page brings the components it uses. React and the router run on every
        // page, so they are one long-cached chunk that a deploy of ours does not change.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 60_000,
  },
});
