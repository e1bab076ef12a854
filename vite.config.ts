import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One build serves every surface (Teams side panel and tabs, Outlook pane, plain browser).
// `npm start` and the end-to-end tests serve it over HTTPS with the emulator's certificate:
// Teams and Outlook only load https pages.
export default defineConfig({
  plugins: [react()],
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
