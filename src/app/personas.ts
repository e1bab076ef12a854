// The emulator's demo users, for the browser's user switcher (development only).
export interface Persona {
  upn: string;
  displayName: string;
  label: string;
}

export async function fetchPersonas(graphBaseUrl: string): Promise<Persona[]> {
  const response = await fetch(new URL('/_emulator/personas', graphBaseUrl));
  if (!response.ok) throw new Error(`The Graph emulator at ${graphBaseUrl} answered ${response.status}`);
  return (await response.json()) as Persona[];
}
