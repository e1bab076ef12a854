// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RichText } from '../../../src/domain/model';
import { RichTextEditor, richTextEditorStringsSv } from '../../../src/ui/RichTextEditor';

const strings = richTextEditorStringsSv;

function renderEditor(props: { value?: RichText; compact?: boolean; onChange?: (value: RichText) => void; resetKey?: string }) {
  const onChange = props.onChange ?? vi.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor value={props.value ?? []} onChange={onChange} label="Anteckningar för § 14" placeholder="Skriv anteckningar…" compact={props.compact} strings={strings} resetKey={props.resetKey} />
    </FluentProvider>,
  );
  return { ...view, onChange };
}

describe('RichTextEditor', () => {
  // Vitest runs without globals here, so Testing Library cannot register its own cleanup.
  afterEach(cleanup);

  it('renders an accessible textbox named by label, with the initial value', async () => {
    renderEditor({ value: [{ type: 'paragraph', content: [{ text: 'Mötet öppnas.' }] }] });
    const textbox = screen.getByRole('textbox', { name: 'Anteckningar för § 14' });
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    expect(await within(textbox).findByText('Mötet öppnas.')).toBeInTheDocument();
  });

  it('typing emits onChange with the text', async () => {
    const user = userEvent.setup();
    const { onChange } = renderEditor({});
    const textbox = screen.getByRole('textbox', { name: 'Anteckningar för § 14' });
    await user.click(textbox);
    await user.keyboard('Hej');
    expect(onChange).toHaveBeenLastCalledWith([{ type: 'paragraph', content: [{ text: 'Hej' }] }]);
  });
});
