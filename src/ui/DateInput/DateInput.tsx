// A date as records write it, yyyy-mm-dd, typed into a text field: the browser's own date input shows the
// browser's locale (mm/dd/yyyy in an English Chromium under a Swedish UI) and takes year 1900. A date that is
// not a real one of this century is named, never stored.
import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { isCalendarDate } from '../../domain/format';
import { useStrings } from '../i18n/StringsContext';

export interface DateInputProps {
  value: string | undefined;
  onChange(value: string | undefined): void;
  label: string;
  className?: string;
}

export function DateInput({ value, onChange, label, className }: DateInputProps) {
  const strings = useStrings();
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
