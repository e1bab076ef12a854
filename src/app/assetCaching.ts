// How long a browser may keep the app's files. Vite names every built script, style and image under /assets/ by a
// hash of its content, so a file at one URL never changes: a returning visit (the side panel opened again at the next
// meeting) takes them from the cache without asking the server. The pages (index.html, auth-redirect.html) name the
// current hashes and are asked for every time.

export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';

/** The Cache-Control for a request path of the built app; undefined leaves it to the server (revalidated). */
export function cacheControlFor(path: string): string | undefined {
  return path.startsWith('/assets/') ? IMMUTABLE_ASSET : undefined;
}
