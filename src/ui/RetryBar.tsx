// What could not be read, said plainly, with the one way on: asking again. Every screen that loads something from
// Microsoft 365 shows a failure this way, so the user meets one message bar and one "Försök igen" everywhere.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from './i18n/StringsContext';

export interface RetryBarProps {
  message: string;
  onRetry(): void;
  title?: string;
  /** A part of the screen that can do without its data warns; a screen that has nothing else is an error. */
  intent?: 'error' | 'warning';
  className?: string;
}

export function RetryBar({ message, onRetry, title, intent = 'error', className }: RetryBarProps) {
  const strings = useStrings();
  return (
    <MessageBar intent={intent} layout="multiline" {...(className ? { className } : {})}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{strings.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
