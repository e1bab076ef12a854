// The tenant in memory, with optional persistence: state.json (debounced, atomic) and file bytes on disk.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { STATE_SCHEMA_VERSION, type TenantState } from './types.js';

export interface Seed {
  state: TenantState;
  blobs: Map<string, Buffer>;
  /** Current files by `<drive name>/<path>`, for the human-readable copy on disk. */
  files: Map<string, Buffer>;
}

const WRITE_DELAY_MS = 100;

export class Store {
  state: TenantState;
  private blobs: Map<string, Buffer>;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pendingBlobs = new Map<string, Buffer>();
  private pendingMirror = new Map<string, Buffer | null>();

  private constructor(
    seed: Seed,
    private readonly dataDir: string | undefined,
  ) {
    this.state = seed.state;
    this.blobs = seed.blobs;
  }

  /** Loads `<dataDir>/state.json` when present and of this schema, else starts from the seed (and writes it). */
  static async open(dataDir: string | undefined, makeSeed: () => Promise<Seed>): Promise<Store> {
    if (dataDir && existsSync(join(dataDir, 'state.json'))) {
      const state = JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')) as TenantState;
      if (state.schemaVersion === STATE_SCHEMA_VERSION)
        return new Store({ state, blobs: new Map(), files: new Map() }, dataDir);
    }
    const seed = await makeSeed();
    const store = new Store(seed, dataDir);
    store.persistAll(seed);
    return store;
  }

  async replace(seed: Seed): Promise<void> {
    await this.flush();
    this.state = seed.state;
    this.blobs = seed.blobs;
    if (this.dataDir) await rm(join(this.dataDir, 'drives'), { recursive: true, force: true });
    this.persistAll(seed);
  }

  blob(key: string): Buffer | undefined {
    const cached = this.blobs.get(key);
    if (cached || !this.dataDir) return cached;
    try {
      // Lazily read on first use after a restart; blobs never change once written.
      const bytes = readFileSync(join(this.dataDir, 'blobs', key));
      this.blobs.set(key, bytes);
      return bytes;
    } catch {
      return undefined;
    }
  }

  putBlob(key: string, bytes: Buffer): void {
    this.blobs.set(key, bytes);
    if (this.dataDir) this.pendingBlobs.set(key, bytes);
  }

  /** Keeps a human-readable copy of a file's current bytes at `drives/<drive name>/<path>`; null removes it. */
  mirror(relativePath: string, bytes: Buffer | null): void {
    if (this.dataDir) this.pendingMirror.set(relativePath, bytes);
  }

  /** Call after every mutation. */
  changed(): void {
    if (!this.dataDir || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = this.writing.then(() => this.write());
    }, WRITE_DELAY_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.writing = this.writing.then(() => this.write());
    }
    await this.writing;
  }

  private persistAll(seed: Seed): void {
    for (const [key, bytes] of seed.blobs) this.pendingBlobs.set(key, bytes);
    for (const [path, bytes] of seed.files) this.mirror(path, bytes);
    this.changed();
  }

  private async write(): Promise<void> {
    const dataDir = this.dataDir;
    if (!dataDir) return;
    const blobs = [...this.pendingBlobs];
    const mirror = [...this.pendingMirror];
    this.pendingBlobs.clear();
    this.pendingMirror.clear();
    for (const [key, bytes] of blobs) await writeAtomically(join(dataDir, 'blobs', key), bytes);
    for (const [path, bytes] of mirror) {
      const target = join(dataDir, 'drives', path);
      if (bytes) await writeAtomically(target, bytes);
      else await rm(target, { recursive: true, force: true });
    }
    await writeAtomically(join(dataDir, 'state.json'), Buffer.from(JSON.stringify(this.state)));
  }
}

async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
