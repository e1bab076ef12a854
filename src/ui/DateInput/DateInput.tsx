// A date as records write it, yyyy-mm-dd, typed into a text field: the browser's own date input shows the
// browser's locale (mm/dd/yyyy in an English Chromium under a Swedish UI) and takes year 1900. A date that is
// not a real one of this century is named, never stored.
import { useEffect, useState } from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { isCalendarDate } from '../../domain/format';
import { useStrings } from '../i18n/StringsContext';

// The field is as wide as its container says, never wider: an input's own minimum width spilled over the button next
// to it in the assignment's row.
const useStyles = makeStyles({
  input: { width: '100%', minWidth: 0 },
  inner: { minWidth: 0 },
});

export interface DateInputProps {
  value: string | undefined;
  onChange(value: string | undefined): void;
  label: string;
  className?: string;
}

export function DateInput({ value, onChange, label, className }: DateInputProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value ?? '');
    setInvalid(false);
  }, [value]);
  const commit = () => {
    const typed = text.trim();
    const valid = typed === '' || isCalendarDate(typed);
    setInvalid(!valid);
    if (valid && typed !== (value ?? '')) onChange(typed || undefined);
  };
  return (
    <Field
      className={className}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? strings.dateInvalid : undefined}
    >
      <Input
        className={styles.input}
        input={{ className: styles.inner }}
        aria-label={label}
        placeholder={strings.datePlaceholder}
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </Field>
  );
}
