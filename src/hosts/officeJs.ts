// office.js is not an npm package: it must come from Microsoft's CDN, and only the Outlook pane
// pays for it.
export const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeReady {
  office: typeof Office;
  host: Office.HostType | null;
}

/** Resolves once office.js has loaded and `Office.onReady` has fired; rejects on load error or timeout. */
export function loadOfficeJs(document: Document, timeoutMs: number): Promise<OfficeReady> {
  return new Promise<OfficeReady>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`office.js did not become ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const script = document.createElement('script');
    script.src = officeJsUrl;
    script.async = true;
    script.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new Error(`office.js could not be loaded from ${officeJsUrl}`));
    });
    script.addEventListener('load', () => {
      const office = (document.defaultView as (Window & { Office?: typeof Office }) | null)?.Office;
      if (!office) {
        clearTimeout(timer);
        reject(new Error('office.js loaded but defined no Office global'));
        return;
      }
      office.onReady().then(
        (info) => {
          clearTimeout(timer);
          resolve({ office, host: info.host });
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
    document.head.appendChild(script);
  });
}
