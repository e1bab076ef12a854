// The small form that asks for a link's address. Only http(s) and e-mail addresses are accepted;
// anything else keeps the form open with a message instead of being stored.
import { useState, type FormEvent, type ReactElement } from 'react';
import { Button, Field, Input, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import { hrefFromUserInput } from './safeHref';
import type { RichTextEditorStrings } from './strings';
import { useLinkPopoverStyles } from './LinkPopover.styles';

interface LinkFormProps {
  currentUrl: string | undefined;
  strings: RichTextEditorStrings;
  onSave: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

// Mounted only while the popover is open, so each opening starts from the link at the caret.
function LinkForm({ currentUrl, strings, onSave, onRemove, onCancel }: LinkFormProps): ReactElement {
  const classes = useLinkPopoverStyles();
  const [address, setAddress] = useState(currentUrl ?? '');
  const [invalid, setInvalid] = useState(false);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = hrefFromUserInput(address);
    if (href === undefined) {
      setInvalid(true);
      return;
    }
    onSave(href);
  };

  return (
    <form className={classes.form} onSubmit={handleSubmit} noValidate>
      <Field
        label={strings.linkAddress}
        validationMessage={invalid ? strings.linkInvalid : undefined}
        validationState={invalid ? 'error' : 'none'}
      >
        <Input
          type="url"
          value={address}
          autoFocus
          onChange={(_, data) => {
            setAddress(data.value);
            setInvalid(false);
          }}
        />
      </Field>
      <div className={classes.actions}>
        <Button type="submit" appearance="primary">
          {strings.linkSave}
        </Button>
        {currentUrl !== undefined && <Button onClick={onRemove}>{strings.linkRemove}</Button>}
        <Button onClick={onCancel}>{strings.linkCancel}</Button>
      </div>
    </form>
  );
}

export interface LinkPopoverProps extends Omit<LinkFormProps, 'onCancel'> {
  open: boolean;
  /** The toolbar button the popover hangs from. */
  trigger: ReactElement;
  onOpenChange: (open: boolean) => void;
}

export function LinkPopover({ open, trigger, onOpenChange, ...form }: LinkPopoverProps): ReactElement {
  return (
    <Popover open={open} onOpenChange={(_, data) => onOpenChange(data.open)} trapFocus positioning="below-start">
      <PopoverTrigger disableButtonEnhancement>{trigger}</PopoverTrigger>
      <PopoverSurface aria-label={form.strings.link}>
        <LinkForm {...form} onCancel={() => onOpenChange(false)} />
      </PopoverSurface>
    </Popover>
  );
}
