// The records folder as the group types it: a path inside the document library, in SharePoint's allowed characters.

// SharePoint refuses " * : < > ? \ | in names; a leading or trailing slash or an empty part would make another path.
const FORBIDDEN = /["*:<>?\\|]/;

export function isValidFolderPath(path: string): boolean {
  if (path.trim() !== path || path === '') return false;
  return path
    .split('/')
    .every((part) => part.trim() === part && part !== '' && part !== '.' && part !== '..' && !FORBIDDEN.test(part));
}
