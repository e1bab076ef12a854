// Which record a Planner task came from, read from the reference the save wrote into the task's details.
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../src/app/services/personalServices';
import { plannerReferenceKey } from '../../../src/graph/encoding';

const settings = { driveId: 'b!drive', folderPath: 'Protokoll' };
const NAME = '2026-11-20 Styrgrupp närvård.minutes.json';
const reference = (url: string, alias = 'Protokoll Styrgrupp närvård 2026-11-20') => ({
  references: { [plannerReferenceKey(url)]: { alias, type: 'Other' } },
});

describe('the record a task came from', () => {
  it.each([
    [
      'a SharePoint web URL',
      `https://samverkan.sharepoint.com/sites/styrgrupp/Shared%20Documents/Protokoll/2026/${encodeURIComponent(NAME)}`,
    ],
    [
      "the emulator's web URL",
      `https://127.0.0.1:4443/_emulator/files/b!drive/Protokoll/2026/${encodeURIComponent(NAME)}`,
    ],
    ['the drive path saved before SharePoint gave a URL', `Protokoll/2026/${NAME}`],
  ])('from %s', (_, url) => {
    expect(recordReference(reference(url), settings)).toEqual({
      recordKey: `b!drive:Protokoll/2026/${NAME}`,
      title: 'Protokoll Styrgrupp närvård 2026-11-20',
    });
  });

  it('finds a records folder deeper in the library', () => {
    const url = `https://samverkan.sharepoint.com/sites/x/Shared%20Documents/N%C3%A4rv%C3%A5rd/Protokoll/2026/${encodeURIComponent(NAME)}`;
    expect(recordReference(reference(url), { ...settings, folderPath: 'Närvård/Protokoll' })?.recordKey).toBe(
      `b!drive:Närvård/Protokoll/2026/${NAME}`,
    );
  });

  it('names a record outside the folder by title only, and ignores links that are no record', () => {
    expect(recordReference(reference(`https://example.com/Arkiv/2025/${encodeURIComponent(NAME)}`), settings)).toEqual({
      title: 'Protokoll Styrgrupp närvård 2026-11-20',
    });
    expect(
      recordReference(
        reference('https://samverkan.sharepoint.com/sites/x/Protokoll/2026/Presentation.pptx', 'Bilaga'),
        settings,
      ),
    ).toBeUndefined();
    expect(recordReference({ references: {} }, settings)).toBeUndefined();
  });
});
