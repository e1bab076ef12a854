import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ManifestInputError } from '../../manifest/build';
import { hostedIcons } from '../../manifest/icons';
import { packageApp, PackageEnvError, readManifestEnv } from '../../manifest/package';
import { validateManifest } from '../../manifest/validate';
import { decodePng, pixelsOf } from './decodePng';
import { packageEnv } from './fixtures';

const outDir = mkdtempSync(join(tmpdir(), 'app-package-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const logged: string[] = [];
const packaged = packageApp({ env: packageEnv, skipBuild: true, outDir, log: (line) => logged.push(line) });

async function zipEntry(name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync((await packaged).zipPath));
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the package`);
  return file.async('nodebuffer');
}

describe('packageApp (--skip-build)', () => {
  it('writes manifest/build-style appPackage.<host>.zip and prints its path', async () => {
    const { zipPath } = await packaged;
    expect(zipPath).toBe(join(outDir, 'appPackage.protokoll.narvard.example.zip'));
    expect(logged).toEqual([`App package: ${zipPath}`]);
  });

  it('holds, at the root, exactly the manifest and the files it names', async () => {
    const zip = await JSZip.loadAsync(readFileSync((await packaged).zipPath));
    const names = Object.keys(zip.files).toSorted();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png', 'sv-se.json']);
    const manifest = JSON.parse((await zipEntry('manifest.json')).toString('utf8')) as {
      icons: { color: string; outline: string };
      localizationInfo: { additionalLanguages: { file: string }[] };
    };
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    const named = [
      manifest.icons.color,
      manifest.icons.outline,
      ...manifest.localizationInfo.additionalLanguages.map((language) => language.file),
    ];
    expect(named.toSorted()).toEqual(names.filter((name) => name !== 'manifest.json'));
  });

  it('has a 192×192 full-bleed colour icon', async () => {
    const png = await zipEntry('color.png');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
    const icon = decodePng(png);
    expect([icon.bitDepth, icon.colourType]).toEqual([8, 6]);
    expect(pixelsOf(icon).every(([, , , alpha]) => alpha === 255)).toBe(true);
  });

  it('has a 32×32 outline icon: white on a transparent background', async () => {
    const png = await zipEntry('outline.png');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    const pixels = pixelsOf(decodePng(png));
    const transparent = pixels.filter(([, , , alpha]) => alpha === 0);
    const drawn = pixels.filter(([, , , alpha]) => alpha > 0);
    expect(transparent.length).toBeGreaterThan(pixels.length / 2);
    expect(drawn.length).toBeGreaterThan(50);
    expect(drawn.filter(([r, g, b]) => r !== 255 || g !== 255 || b !== 255)).toEqual([]);
    // The corners are background: nothing but the glyph is drawn.
    for (const index of [0, 31, 32 * 31, 32 * 32 - 1]) expect(pixels[index]?.[3]).toBe(0);
  });
});

describe('the Outlook ribbon icons (served by the web build)', () => {
  const icons = hostedIcons();

  it.each([16, 32, 64, 80])('are %i px squares with a transparent background', (size) => {
    const png = icons[`icons/outlook-${size}.png`];
    if (!png) throw new Error(`no ${size} px icon`);
    const icon = decodePng(png);
    expect([icon.width, icon.height]).toEqual([size, size]);
    expect(pixelsOf(icon)[0]?.[3]).toBe(0);
  });
});

describe('the environment', () => {
  it('names every missing variable and shows the command to run', async () => {
    const attempt = packageApp({
      env: { APP_HOST: 'protokoll.narvard.example', APP_ID: '  ' },
      skipBuild: true,
      outDir,
      log: () => undefined,
    });
    await expect(attempt).rejects.toThrow(PackageEnvError);
    await expect(attempt).rejects.toThrow(
      /^Missing environment variables APP_ID, AAD_CLIENT_ID\.\nRun for example: APP_ID=.* npm run package$/,
    );
  });

  it('rejects malformed values before anything is built or written', async () => {
    const attempt = packageApp({
      env: { ...packageEnv, APP_HOST: 'https://protokoll.narvard.example/' },
      outDir: join(outDir, 'never'),
      log: () => undefined,
    });
    await expect(attempt).rejects.toThrow(ManifestInputError);
    expect(() => readFileSync(join(outDir, 'never'))).toThrow(/ENOENT/);
  });

  it('takes the version from package.json when APP_VERSION is not set', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(readManifestEnv({ ...packageEnv, APP_VERSION: undefined }).version).toBe(version);
  });
});
