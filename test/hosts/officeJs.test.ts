// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { loadOfficeJs, officeJsUrl } from '../../src/hosts/officeJs';

type WithOffice = Window & { Office?: unknown };

function officeScript(): HTMLScriptElement {
  const script = document.head.querySelector<HTMLScriptElement>(`script[src="${officeJsUrl}"]`);
  if (!script) throw new Error('no office.js script tag');
  return script;
}

afterEach(() => {
  document.head.innerHTML = '';
  delete (window as WithOffice).Office;
});

describe('loadOfficeJs', () => {
  it('adds the CDN script and resolves with the host Office.onReady reports', async () => {
    const loading = loadOfficeJs(document, 1_000);
    (window as WithOffice).Office = { onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }) };
    officeScript().dispatchEvent(new Event('load'));
    await expect(loading).resolves.toMatchObject({ host: 'Outlook' });
  });

  it('rejects when the CDN cannot be reached', async () => {
    const loading = loadOfficeJs(document, 1_000);
    officeScript().dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(/could not be loaded/);
  });

  it('rejects when Office never becomes ready', async () => {
    const loading = loadOfficeJs(document, 20);
    (window as WithOffice).Office = { onReady: () => new Promise(() => {}) };
    officeScript().dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(/within 20 ms/);
  });
});
