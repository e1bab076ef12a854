// One choice among a few, named by a label: the record's kind, language, heading and role style in the settings page
// and the import review. The value handed on is always one of the options given, so callers need no cast.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  /** Short option labels sit side by side; long ones stack. */
  horizontal?: boolean;
  className?: string;
}

export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  horizontal = false,
  className,
}: ChoiceFieldProps<T>) {
  return (
    <Field label={label} className={className}>
      <RadioGroup
        layout={horizontal ? 'horizontal' : 'vertical'}
        value={value}
        onChange={(_, data) => {
          const chosen = options.find((option) => option.value === data.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
