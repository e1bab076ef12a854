// The record's facts above the items: title, place, when the meeting was held (prefilled from the invite, a
// correction marked as one), and where the § numbers start, with a warning when they would repeat or skip.
import { memo, useEffect, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { recordTimeRange } from '../../domain/format';
import type { GroupSettings, Minutes } from '../../domain/model';
import { firstNumberWarning, scopeLabel, type PreviousRecord } from '../../domain/numbering';
import { updateHeader } from '../../domain/editing';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import { useMeetingFactsStyles } from './MeetingFacts.styles';
import { useHeldTimeFields } from './useHeldTimeFields';

/** The record's fields the facts read (the § range reads the number of items): typing notes changes none. */
const FACT_FIELDS = [
  'title',
  'place',
  'kind',
  'meeting',
  'held',
  'firstNumber',
] as const satisfies readonly (keyof Minutes)[];

function sameFacts(before: MeetingFactsProps, after: MeetingFactsProps): boolean {
  return (
    before.onEdit === after.onEdit &&
    before.previousNumbering === after.previousNumbering &&
    before.yearStart === after.yearStart &&
    before.minutes.items.length === after.minutes.items.length &&
    FACT_FIELDS.every((field) => before.minutes[field] === after.minutes[field])
  );
}

export interface MeetingFactsProps {
  minutes: Minutes;
  onEdit(edit: Edit): void;
  /** Where the previous record's numbers ended, when it is in the folder. */
  previousNumbering?: PreviousRecord;
  yearStart?: GroupSettings['firstNumberOfYear'];
}

export const MeetingFacts = memo(function MeetingFacts({
  minutes,
  onEdit,
  previousNumbering,
  yearStart,
}: MeetingFactsProps) {
  const strings = useStrings();
  const styles = useMeetingFactsStyles();
  const held = useHeldTimeFields(minutes, onEdit, useUiLanguage() === 'sv');
  const problem = held.problem && strings.heldTimeProblems[held.problem];
  const clock = (field: 'start' | 'end', label: string) => (
    <Field label={label} validationState={problem && held.problem !== 'date' ? 'error' : 'none'}>
      <Input
        className={styles.clock}
        inputMode="numeric"
        value={held.text[field]}
        onChange={(_, d) => held.change(field, d.value)}
        onBlur={held.commit}
      />
    </Field>
  );
  return (
    <section className={styles.root} aria-label={strings.meetingFacts}>
      <Field label={strings.title}>
        <Input
          value={minutes.title}
          onChange={(_, d) => onEdit((m, now) => updateHeader(m, { title: d.value }, now))}
        />
      </Field>
      <Field label={strings.place}>
        <Input
          value={minutes.place}
          onChange={(_, d) => onEdit((m, now) => updateHeader(m, { place: d.value }, now))}
        />
      </Field>
      <div className={styles.time}>
        <Field label={strings.heldDate} validationState={held.problem === 'date' ? 'error' : 'none'}>
          <Input
            className={styles.date}
            value={held.text.date}
            placeholder={strings.datePlaceholder}
            onChange={(_, d) => held.change('date', d.value)}
            onBlur={held.commit}
          />
        </Field>
        {clock('start', strings.startTime)}
        {clock('end', strings.endTime)}
      </div>
      {minutes.kind === 'protokoll' ? (
        <FirstNumberField minutes={minutes} onEdit={onEdit} />
      ) : (
        <Field label={strings.scope}>
          <Text>{scopeLabel(minutes)}</Text>
        </Field>
      )}
      {problem && (
        <MessageBar intent="error" className={styles.wide}>
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {held.corrected && !problem && (
        <MessageBar intent="info" className={styles.wide}>
          <MessageBarBody>
            {strings.heldCorrected(recordTimeRange({ meeting: minutes.meeting }), held.booked.date)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={held.restoreBooked}>{strings.useBookedTime}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <FirstNumberWarning minutes={minutes} previousNumbering={previousNumbering} yearStart={yearStart} />
    </section>
  );
}, sameFacts);

/** Numbers that would repeat this year's previous record, or leave a gap after it. */
function FirstNumberWarning({ minutes, previousNumbering, yearStart }: Omit<MeetingFactsProps, 'onEdit'>) {
  const strings = useStrings();
  const styles = useMeetingFactsStyles();
  const warning = firstNumberWarning(minutes, previousNumbering, yearStart);
  if (!warning) return null;
  return (
    <MessageBar intent="warning" className={styles.wide}>
      <MessageBarBody>
        {warning.kind === 'overlap'
          ? strings.firstNumberOverlap(warning.expected)
          : strings.firstNumberGap(warning.expected, minutes.firstNumber)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The first §, as typed: an empty or half-typed field is not a number the record takes. */
function FirstNumberField({ minutes, onEdit }: Pick<MeetingFactsProps, 'minutes' | 'onEdit'>) {
  const strings = useStrings();
  const styles = useMeetingFactsStyles();
  const [text, setText] = useState(String(minutes.firstNumber));
  const { firstNumber } = minutes;
  useEffect(() => setText((t) => (Number(t) === firstNumber ? t : String(firstNumber))), [firstNumber]);
  return (
    <Field label={strings.firstNumber} hint={scopeLabel(minutes)}>
      <Input
        type="number"
        min={1}
        className={styles.clock}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const n = Number(d.value);
          if (d.value !== '' && Number.isInteger(n) && n >= 1 && n !== firstNumber)
            onEdit((m, now) => updateHeader(m, { firstNumber: n }, now));
        }}
        onBlur={() => setText(String(firstNumber))}
      />
    </Field>
  );
}
