// `root` stands for the root item's id wherever an item id goes: Graph accepts `/drives/{id}/items/root`,
// `…/items/root/children` and `…/items/root:/{path}:` as it accepts `/drives/{id}/root…` (the driveItem docs'
// "HTTP request" sections list both). Mode `rootAlias: false` refuses the alias, as this emulator used to.
import type { GraphRequest } from '../http/types.js';
import type { EmulatorModes } from './modes.js';

const ALIAS = /^(\/drives\/[^/]+)\/items\/root(?=$|[/:])/i;

export function rootAlias(request: GraphRequest, modes: Readonly<EmulatorModes>): GraphRequest {
  if (!modes.rootAlias) return request;
  const match = ALIAS.exec(request.path);
  if (!match) return request;
  return { ...request, path: `${match[1] ?? ''}/root${request.path.slice(match[0].length)}` };
}
