// How the header's switcher names a demo user (Graph emulator only): its own file, as the side panel's opening screen
// (src/ui/openingScreen) names them the same way before React and Fluent have loaded.

/** A demo user as the header's switcher names them. */
export function personaChoice(persona: { displayName: string; label: string }): string {
  return `${persona.displayName} (${persona.label})`;
}
