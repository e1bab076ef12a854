// Content-hashed files are cached for good; the pages that name them are not.
import { describe, expect, it } from 'vitest';
import { IMMUTABLE_ASSET, cacheControlFor } from '../../src/app/assetCaching';

describe('asset caching', () => {
  it('keeps a built script or style for a year without asking again', () => {
    expect(cacheControlFor('/assets/main-DdM6qmoU.js')).toBe(IMMUTABLE_ASSET);
    expect(cacheControlFor('/assets/index-Bx1.css')).toBe(IMMUTABLE_ASSET);
  });

  it('asks for the pages every time: they name the current files', () => {
    expect(cacheControlFor('/')).toBeUndefined();
    expect(cacheControlFor('/index.html')).toBeUndefined();
    expect(cacheControlFor('/auth-redirect.html')).toBeUndefined();
  });
});
