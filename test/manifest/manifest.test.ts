import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest, swedishStringsUrl, type JsonValue } from '../../manifest/build';
import { hostedIcons } from '../../manifest/icons';
import { validateLocalization, validateManifest } from '../../manifest/validate';
import { servedPaths, surfaceParam, surfaces } from '../../src/app/routes';
import { scopes } from '../../src/auth/scopes';
import { deployment } from './fixtures';

const manifest = buildManifest(deployment);

// Typed views of the parts the tests read; the schema test below vouches for the shape.
interface TabsView {
  staticTabs: { entityId: string; scopes: string[]; contentUrl: string }[];
  configurableTabs: {
    configurationUrl: string;
    scopes: string[];
    context: string[];
    canUpdateConfiguration: boolean;
  }[];
  webApplicationInfo: { id: string; resource: string; nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[] };
  extensions: {
    runtimes: {
      id: string;
      type: string;
      lifetime: string;
      code: { page: string };
      actions: { id: string; type: string }[];
    }[];
    ribbons: {
      contexts: string[];
      tabs: { groups: { controls: { label: string; actionId: string; icons: { size: number; url: string }[] }[] }[] }[];
    }[];
  }[];
  validDomains: string[];
}
const view = manifest as unknown as TabsView;

function stringsIn(value: JsonValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('the built manifest', () => {
  it('matches Microsoft’s schema for its manifest version (1.22 or newer, for nestedAppAuthInfo)', () => {
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect(Number(manifest['manifestVersion'])).toBeGreaterThanOrEqual(1.22);
  });

  it('has every placeholder filled in', () => {
    expect(stringsIn(manifest).filter((text) => text.includes('${'))).toEqual([]);
    expect(manifest['id']).toBe(deployment.appId);
    expect(manifest['version']).toBe(deployment.version);
  });

  it('points every https URL at a page or icon the web build serves on the app host', () => {
    const { $schema: _schemaReference, ...served } = manifest;
    const urls = stringsIn(served)
      .filter((text) => /^https?:/i.test(text))
      .map((text) => new URL(text));
    const hostedPaths = Object.keys(hostedIcons()).map((path) => `/${path}`);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.protocol, url.href).toBe('https:');
      expect(url.host, url.href).toBe(deployment.appHost);
      expect([...servedPaths, ...hostedPaths], url.href).toContain(url.pathname);
      const surface = url.searchParams.get(surfaceParam);
      if (surface !== null) expect(surfaces, url.href).toContain(surface);
    }
    expect(view.validDomains).toEqual([deployment.appHost]);
  });

  it('opens each surface where its host shows it', () => {
    const surfaceOf = (url: string): string | null => new URL(url).searchParams.get(surfaceParam);
    const [staticTab] = view.staticTabs;
    const [configurableTab] = view.configurableTabs;
    const [runtime] = view.extensions[0]?.runtimes ?? [];
    expect(staticTab && { scopes: staticTab.scopes, surface: surfaceOf(staticTab.contentUrl) }).toEqual({
      scopes: ['personal'],
      surface: 'personal',
    });
    expect(configurableTab && surfaceOf(configurableTab.configurationUrl)).toBe('config');
    expect(runtime && surfaceOf(runtime.code.page)).toBe('approval');
  });

  it('offers the configurable tab in meetings and channels, re-configurable', () => {
    const [tab] = view.configurableTabs;
    expect(tab?.scopes.toSorted()).toEqual(['groupChat', 'team']);
    expect(tab?.context.toSorted()).toEqual(['channelTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel']);
    expect(tab?.canUpdateConfiguration).toBe(true);
  });

  it('puts an "Approve minutes" button on Outlook meeting invites, for attendees and organizers, opening the approval page', () => {
    const [extension] = view.extensions;
    const [ribbon] = extension?.ribbons ?? [];
    expect(ribbon?.contexts.toSorted()).toEqual(['meetingDetailsAttendee', 'meetingDetailsOrganizer']);
    const [runtime] = extension?.runtimes ?? [];
    expect(runtime).toMatchObject({
      type: 'general',
      lifetime: 'short',
      actions: [{ id: 'openApproval', type: 'openPage' }],
    });
    const controls = ribbon?.tabs.flatMap((tab) => tab.groups.flatMap((group) => group.controls)) ?? [];
    expect(controls.map((control) => [control.label, control.actionId])).toEqual([['Approve minutes', 'openApproval']]);
    expect(controls[0]?.icons.map((icon) => icon.size)).toEqual([16, 32, 64, 80]);
  });

  it('lets Teams and Outlook prefetch a nested-app-auth token for the app’s first Graph request', () => {
    const info = view.webApplicationInfo;
    expect(info.id).toBe(deployment.clientId);
    expect(info.resource).toBe(`api://${deployment.appHost}/${deployment.clientId}`);
    expect(info.nestedAppAuthInfo).toEqual([
      { redirectUri: `brk-multihub://${deployment.appHost}`, scopes: scopes.base },
    ]);
  });

  it('asks for no device permissions, and in Outlook only to read the open item', () => {
    // The approval pane reads the invite's item id (itemId, getItemIdAsync, convertToRestId): all
    // "read item" level; everything else goes through Graph with the Entra app's delegated scopes.
    expect(manifest).not.toHaveProperty('devicePermissions');
    expect(manifest['authorization']).toEqual({
      permissions: { resourceSpecific: [{ name: 'MailboxItem.Read.User', type: 'Delegated' }] },
    });
  });
});

describe('the Swedish strings (sv-se.json)', () => {
  const strings = JSON.parse(readFileSync(swedishStringsUrl, 'utf8')) as Record<string, string>;

  it('match Microsoft’s localization schema', () => {
    expect(validateLocalization(strings, String(manifest['manifestVersion']))).toEqual({ valid: true, errors: [] });
  });

  it('translate the tab and the Outlook button', () => {
    expect(strings['staticTabs[0].name']).toBe('Mina protokoll');
    expect(strings['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe('Justera protokoll');
  });

  it('name only strings the manifest has', () => {
    const at = (path: string): unknown =>
      path
        .split(/\.|\[(\d+)\]\.?/)
        .filter(Boolean)
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], manifest);
    for (const key of Object.keys(strings).filter((key) => key !== '$schema'))
      expect(typeof at(key), key).toBe('string');
  });
});
