// Ticks made on the invitees before the record was open: handed to the attendance list once, and kept on the device
// meanwhile, so a panel closed before its record opened has them at its next opening.
import { describe, expect, it } from 'vitest';
import { openingTicksStore } from '../../../src/ui/AttendancePanel/openingTicksStore';
import { tickedWhileOpening } from '../../../src/ui/AttendancePanel/tickedWhileOpening';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const meeting = '{"kind":"event","eventId":"AAMk-styrgrupp"}';

describe('ticks made while the record opens', () => {
  it('count a tick kept a moment ago (the opening screen before the app) as her last one, and an old one not', () => {
    const storage = memoryStorage();
    openingTicksStore(storage).write(meeting, new Map([['goran.oberg@asby.example', true]]));
    const now = tickedWhileOpening(meeting, openingTicksStore(storage));
    expect(performance.now() - now.lastTickAt!).toBeLessThan(100);
    const kept = JSON.parse(storage.items.get('motessekreteraren.tickedWhileOpening')!) as { at: number };
    storage.items.set(
      'motessekreteraren.tickedWhileOpening',
      JSON.stringify({ ...kept, at: kept.at - 60 * 60 * 1000 }),
    );
    const later = tickedWhileOpening(meeting, openingTicksStore(storage));
    expect(performance.now() - later.lastTickAt!).toBeGreaterThan(59 * 60 * 1000);
    expect(tickedWhileOpening(meeting, openingTicksStore(memoryStorage())).lastTickAt).toBeUndefined();
  });

  it('are kept on the device as she ticks, found by the next opening of the same meeting, and forgotten once taken', () => {
    const storage = memoryStorage();
    const first = tickedWhileOpening(meeting, openingTicksStore(storage));
    first.tick('goran.oberg@asby.example', true);
    first.tick('marta.ek@narvard.example', true);
    first.tick('marta.ek@narvard.example', false);
    // The panel is closed before the record opened; the next opening starts from what she ticked.
    const again = tickedWhileOpening(meeting, openingTicksStore(storage));
    expect([...again.ticked]).toEqual([
      ['goran.oberg@asby.example', true],
      ['marta.ek@narvard.example', false],
    ]);
    expect(tickedWhileOpening('{"kind":"event","eventId":"AAMk-other"}', openingTicksStore(storage)).ticked.size).toBe(
      0,
    );
    again.focus('goran.oberg@asby.example');
    expect(again.take()).toEqual({
      ticked: new Map([
        ['goran.oberg@asby.example', true],
        ['marta.ek@narvard.example', false],
      ]),
      focused: 'goran.oberg@asby.example',
    });
    expect(again.take()).toEqual({ ticked: new Map() });
    expect(storage.items.size).toBe(0);
  });

  it('still hands the ticks over when the device cannot keep them, and ignores what it cannot read', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const ticked = tickedWhileOpening(meeting, openingTicksStore(broken));
    expect(ticked.ticked.size).toBe(0);
    ticked.tick('goran.oberg@asby.example', true);
    expect(ticked.take().ticked).toEqual(new Map([['goran.oberg@asby.example', true]]));
    const odd = memoryStorage();
    odd.setItem(
      'motessekreteraren.tickedWhileOpening',
      JSON.stringify({ meeting, ticked: [['a', 'yes'], ['b', true], 3] }),
    );
    expect(tickedWhileOpening(meeting, openingTicksStore(odd)).ticked).toEqual(new Map([['b', true]]));
  });
});
