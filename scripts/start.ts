// `npm start`: the Graph emulator with its demo tenant, and the app's dev server pointed at it.
import { createServer } from 'vite';
import { startEmulator } from '../emulator/server';

const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4444);
const emulator = await startEmulator({ port: emulatorPort, dataDir: process.env.EMULATOR_DATA ?? '.emulator-data' });
process.env.VITE_GRAPH_BASE_URL = emulator.url;
process.env.VITE_AUTH_MODE = 'dev';

const app = await createServer({ configFile: 'vite.config.ts' });
await app.listen();
const appUrl = app.resolvedUrls?.local[0] ?? 'https://localhost:5173/';

console.log(`
  Mötessekreteraren is running against the Graph emulator.

  Open            ${appUrl}
  Graph emulator  ${emulator.graphUrl}   (data in ${process.env.EMULATOR_DATA ?? '.emulator-data'}/)

  Both use self-signed certificates: accept the browser's warning once for each
  (open ${emulator.url}/_emulator/personas once so the browser trusts the emulator).
  Press Ctrl+C to stop.
`);

const stop = async (): Promise<void> => {
  await app.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
