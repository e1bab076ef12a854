// Entra's "Pick an account" page, reduced to a list of the tenant's people: each link asks /authorize again with
// that person's login_hint. Every name is escaped: display names come from the directory.
import type { GraphResponse } from '../http/types.js';
import type { UserRecord } from '../state/types.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function accountPicker(url: URL, users: readonly UserRecord[]): GraphResponse {
  const links = users.map((user) => {
    const next = new URL(url);
    next.searchParams.set('login_hint', user.userPrincipalName);
    next.searchParams.delete('prompt');
    return `<li><a href="${escapeHtml(next.pathname + next.search)}">${escapeHtml(user.displayName)}</a> <small>${escapeHtml(user.userPrincipalName)}</small></li>`;
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title></head><body><main><h1>Pick an account</h1><ul>${links.join('')}</ul></main></body></html>`;
  return {
    status: 200,
    headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
    body: { kind: 'bytes', contentType: 'text/html; charset=utf-8', value: Buffer.from(html, 'utf8') },
  };
}
