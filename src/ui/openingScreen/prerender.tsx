// Renders the opening screen (./openingScreen) at build time, in Node, with the app's own components: the shell of the
// side panel and the meeting's preview (src/ui/RecordLoader/MeetingPreviewPanel) for the sample meeting, in each UI
// language and Teams theme, with the style rules that markup uses (Fluent UI's server rendering: Griffel's renderer
// collects them). Never part of the app's bundle: scripts/openingScreens.ts imports it through Vite's module runner,
// in a Node process of its own; the runner is closed once this module has been evaluated, so all of the work is done
// at its top level.
import { renderToStaticMarkup } from 'react-dom/server';
import { renderToStyleElements } from '@fluentui/react-components';
import type { ThemeName } from '../../hosts/hostAdapter';
import type { RecordServices } from '../../contracts/records';
import { AppShell } from '../AppShell/AppShell';
import { loadUiStrings, type UiLanguage } from '../i18n/strings';
import { styleRenderer } from '../keptScreen/styleText';
import { MeetingPreviewPanel } from '../RecordLoader/MeetingPreviewPanel';
import { previewTexts } from '../RecordLoader/previewTexts';
import { ServicesContext } from '../ServicesContext';
import type { AppServices } from '../../contracts/appServices';
import type { Shell } from '../../contracts/shell';
import { personaChoice } from '../AppShell/personaChoice';
import { openingVariant, SAMPLE_PERSONA, SAMPLE_PREVIEW, type OpeningScreen } from './openingScreen';

const LANGUAGES: Record<UiLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };
const THEMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

/** The preview's only service, answered from the first render on: the sample meeting. */
const services: Pick<RecordServices, 'previewMeeting' | 'previewedMeeting'> = {
  previewedMeeting: () => SAMPLE_PREVIEW,
  previewMeeting: async () => SAMPLE_PREVIEW,
};

/** FluentProvider renders its theme as a <style> inside itself on a server: that rule goes with the others. */
const PROVIDER_STYLE = /<style id="[^"]*">([^<]*)<\/style>/;

/** The rules Griffel has collected, in its order, as one style sheet (an at-rule's rules carry it in their text). */
function styleRules(): string {
  return renderToStyleElements(styleRenderer)
    .map(({ props }) => (props as { dangerouslySetInnerHTML: { __html: string } }).dangerouslySetInnerHTML.__html)
    .join('\n');
}

/** The theme's rule with only the variables the rules use: a theme has ~400, the side panel's first screen ~50. */
function usedVariables(themeRule: string, rules: string): string {
  const used = new Set([...rules.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]));
  return themeRule.replace(/(--[\w-]+):[^;]*;\s*/g, (declaration, name: string) => (used.has(name) ? declaration : ''));
}

/** The shell and the preview as the side panel's first render draws them; with the emulator's header, or not. */
function markup(language: UiLanguage, theme: ThemeName, withPersonas: boolean): string {
  const shell: Shell = { surface: 'sidePanel', theme, locale: LANGUAGES[language] };
  const demo = withPersonas ? { personas: [SAMPLE_PERSONA], switchUser: () => undefined } : {};
  const user = { id: 'sample', displayName: SAMPLE_PERSONA.displayName, userPrincipalName: SAMPLE_PERSONA.upn };
  return renderToStaticMarkup(
    <AppShell shell={{ ...shell, ...demo }} {...(withPersonas ? { user } : {})}>
      <ServicesContext.Provider value={services as AppServices}>
        <MeetingPreviewPanel target={{ kind: 'event', eventId: 'sample' }} />
      </ServicesContext.Provider>
    </AppShell>,
  );
}

async function render(language: UiLanguage, theme: ThemeName): Promise<OpeningScreen> {
  const strings = await loadUiStrings(language);
  const html = markup(language, theme, false);
  const htmlWithPersonas = markup(language, theme, true);
  // A render that suspended (the words not loaded) is the shell without its content: no screen at all is better.
  if (!html.includes('</li>') || !htmlWithPersonas.includes('</header>'))
    throw new Error('prerender: the opening screen rendered without its list or its header');
  const themeRule = PROVIDER_STYLE.exec(html)?.[1];
  if (themeRule === undefined) throw new Error('prerender: FluentProvider rendered no theme rule');
  const rules = styleRules();
  return {
    html: html.replace(PROVIDER_STYLE, ''),
    htmlWithPersonas: htmlWithPersonas.replace(PROVIDER_STYLE, ''),
    css: `${usedVariables(themeRule, rules)}\n${rules}`,
    sample: {
      ...previewTexts(SAMPLE_PREVIEW, strings, 0),
      name: SAMPLE_PREVIEW.invitees[0]!.name,
      persona: personaChoice(SAMPLE_PERSONA),
    },
  };
}

const variants: Record<string, OpeningScreen> = {};
for (const language of Object.keys(LANGUAGES) as UiLanguage[]) {
  for (const theme of THEMES) variants[openingVariant(language, theme)] = await render(language, theme);
}

/** Each variant's opening screen, by `openingVariant`. */
export const openingScreens: Readonly<Record<string, OpeningScreen>> = variants;
