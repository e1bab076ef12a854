// `npm run emulator`: the Graph emulator on https://localhost:4444 (EMULATOR_PORT, EMULATOR_DATA, EMULATOR_PAGE_SIZE override).
import { startEmulator } from './server.js';

const numberFrom = (value: string | undefined): number | undefined =>
  value && /^\d+$/.test(value) ? Number(value) : undefined;

const emulator = await startEmulator({
  port: numberFrom(process.env.EMULATOR_PORT),
  dataDir: process.env.EMULATOR_DATA,
  pageSize: numberFrom(process.env.EMULATOR_PAGE_SIZE),
});
console.log(`Graph emulator: ${emulator.graphUrl}`);
console.log(`Control API:    ${emulator.url}/_emulator/personas, /_emulator/state, /_emulator/requests`);

const stop = (): void => {
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
