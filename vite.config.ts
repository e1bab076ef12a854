import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import basicSsl from '@vitejs/plugin-basic-ssl';

// One build serves every surface (Teams side panel and tabs, Outlook pane, plain browser).
// HTTPS in development too: Teams and Outlook only load https pages, and the Graph client
// attaches tokens only to https hosts.
export default defineConfig({
  plugins: [react(), basicSsl({ name: 'motessekreteraren', domains: ['localhost', '127.0.0.1'], certDir: '.emulator-data/vite-tls' })],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: { main: 'index.html', authRedirect: 'auth-redirect.html' },
    },
  },
});
