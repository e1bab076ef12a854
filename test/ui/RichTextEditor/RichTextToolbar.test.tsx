// @vitest-environment jsdom
// The toolbar's own wiring: the link button opens the form over the selection it had, the strike mark
// and the indent buttons that only work inside a list. Selections are set through Lexical (jsdom has none).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { $getRoot, getNearestEditorFromDOMNode, type LexicalEditor } from 'lexical';
import type { RichText } from '../../../src/domain/model';
import { flushPendingChanges, RichTextEditor, richTextEditorStringsSv } from '../../../src/ui/RichTextEditor';

const strings = richTextEditorStringsSv;
const LABEL = 'Anteckningar för § 3';

function editorView(value: RichText) {
  const onChange = vi.fn<(value: RichText) => void>();
  render(
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor value={value} onChange={onChange} label={LABEL} strings={strings} />
    </FluentProvider>,
  );
  const editor = getNearestEditorFromDOMNode(screen.getByRole('textbox', { name: LABEL })) as LexicalEditor;
  const selectAll = () =>
    act(async () => editor.update(() => $getRoot().select(0, $getRoot().getChildrenSize()), { discrete: true }));
  // What the owner has once the editor hands its text over (it does so after a pause in the typing).
  const lastValue = (): RichText | undefined => {
    act(() => flushPendingChanges());
    return onChange.mock.lastCall?.[0];
  };
  return { selectAll, lastValue };
}

const paragraph = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

afterEach(cleanup);

describe('RichTextToolbar', () => {
  it('the link button opens the address form and links the text that was selected', async () => {
    const user = userEvent.setup();
    const { selectAll, lastValue } = editorView(paragraph('Rapport'));
    await selectAll();
    await user.click(screen.getByRole('button', { name: strings.link }));
    await user.type(await screen.findByRole('textbox', { name: strings.linkAddress }), 'example.se/rapport');
    await user.click(screen.getByRole('button', { name: strings.linkSave }));
    expect(lastValue()).toEqual([
      { type: 'paragraph', content: [{ text: 'Rapport', href: 'https://example.se/rapport' }] },
    ]);
    expect(screen.queryByRole('textbox', { name: strings.linkAddress })).toBeNull();
  });

  it('an address that is not a web or e-mail address keeps the form open with a message', async () => {
    const user = userEvent.setup();
    const { selectAll, lastValue } = editorView(paragraph('Rapport'));
    await selectAll();
    await user.click(screen.getByRole('button', { name: strings.link }));
    await user.type(await screen.findByRole('textbox', { name: strings.linkAddress }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: strings.linkSave }));
    expect(screen.getByText(strings.linkInvalid)).toBeInTheDocument();
    expect(lastValue()).toBeUndefined();
  });

  it('strikes the selection through and shows the button pressed', async () => {
    const user = userEvent.setup();
    const { selectAll, lastValue } = editorView(paragraph('Återtaget förslag'));
    await selectAll();
    const strike = screen.getByRole('button', { name: strings.strike });
    await user.click(strike);
    expect(lastValue()).toEqual([{ type: 'paragraph', content: [{ text: 'Återtaget förslag', strike: true }] }]);
    expect(strike).toHaveAttribute('aria-pressed', 'true');
  });

  it('indenting is offered only inside a list', async () => {
    const user = userEvent.setup();
    const { selectAll } = editorView(paragraph('Punkt'));
    await selectAll();
    const toolbar = screen.getByRole('toolbar', { name: strings.toolbar });
    expect(within(toolbar).getByRole('button', { name: strings.indent })).toBeDisabled();
    await user.click(within(toolbar).getByRole('button', { name: strings.bulletList }));
    expect(within(toolbar).getByRole('button', { name: strings.bulletList })).toHaveAttribute('aria-pressed', 'true');
    expect(within(toolbar).getByRole('button', { name: strings.indent })).toBeEnabled();
  });
});
