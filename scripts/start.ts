// `npm start`: the Graph emulator with its demo tenant, and the app's dev server pointed at it.
import { createServer } from 'vite';
import { startEmulator } from '../emulator/server';
import { certificate } from '../emulator/tls';

const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4444);
const dataDir = process.env.EMULATOR_DATA ?? '.emulator-data';
const emulator = await startEmulator({ port: emulatorPort, dataDir });
process.env.VITE_GRAPH_BASE_URL = emulator.url;
process.env.VITE_FILE_HOST_ORIGIN = emulator.downloadOrigin;
process.env.VITE_AUTH_MODE = 'dev';

// The app is served with the emulator's certificate: one certificate for the browser to accept.
const app = await createServer({ configFile: 'vite.config.ts', server: { https: await certificate(dataDir) } });
await app.listen();
const appUrl = app.resolvedUrls?.local[0] ?? 'https://localhost:5173/';

console.log(`
  Mötessekreteraren is running against the Graph emulator.

  Open            ${appUrl}
  Graph emulator  ${emulator.graphUrl}   (data in ${dataDir}/)
  Downloads       ${emulator.downloadOrigin}   (SharePoint's stand-in, a separate origin)

  Both use one self-signed certificate made on this machine: accept the browser's
  warning once (if the page then says it cannot reach the emulator, open
  ${emulator.url}/_emulator/personas once and accept it there too).
  Press Ctrl+C to stop.
`);

const stop = async (): Promise<void> => {
  await app.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
