import { describe, expect, it } from 'vitest';
import { isValidFolderPath } from '../../../src/ui/ConfigView/folderPath';

describe('records folder', () => {
  it.each(['Protokoll', 'Styrgrupp/Protokoll', 'Mötesanteckningar 2026', 'Närvård #2'])('accepts %s', (path) =>
    expect(isValidFolderPath(path)).toBe(true),
  );
  it.each([
    '',
    ' Protokoll',
    'Protokoll/',
    '/Protokoll',
    'a//b',
    '../Protokoll',
    'Protokoll:2026',
    'Vad?',
    'a\\b',
    'a /b',
  ])('refuses %j', (path) => expect(isValidFolderPath(path)).toBe(false));
});
