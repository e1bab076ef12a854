// A self-signed certificate for localhost and 127.0.0.1, generated once and kept in <dataDir>/tls/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

let inMemory: Promise<Certificate> | undefined;

async function create(): Promise<Certificate> {
  const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 825 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** The certificate in `<dataDir>/tls/`, created on first start; without a dataDir one per process. */
export async function certificate(dataDir: string | undefined): Promise<Certificate> {
  if (!dataDir) {
    inMemory ??= create();
    return inMemory;
  }
  const folder = join(dataDir, 'tls');
  const keyPath = join(folder, 'key.pem');
  const certPath = join(folder, 'cert.pem');
  if (existsSync(keyPath) && existsSync(certPath))
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  const created = await create();
  await mkdir(folder, { recursive: true });
  await writeFile(keyPath, created.key, { mode: 0o600 });
  await writeFile(certPath, created.cert);
  return created;
}
