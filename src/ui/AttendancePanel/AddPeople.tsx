// Someone who was not invited: a name (or a whole "Name, Organisation, Role" line) and Enter. In the full tab, the
// group's lines can be pasted as they stand in last time's record.
import { useState } from 'react';
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { PeopleAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

export function AddPersonForm({ attendance }: { attendance: AttendanceActions }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    // A whole roster line typed or pasted into the name field is read as one.
    if (/[,\t]/.test(name) && !organisation.trim()) {
      if (!attendance.paste(name)) return;
    } else {
      attendance.addPerson({
        name: name.trim(),
        ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
      });
    }
    setName('');
    setOrganisation('');
  };
  return (
    <form className={styles.addForm} onSubmit={handleSubmit} aria-label={strings.addPerson}>
      <Input
        className={styles.grow}
        aria-label={strings.personName}
        placeholder={strings.personLinePlaceholder}
        value={name}
        onChange={(_, d) => setName(d.value)}
      />
      <Input
        className={styles.grow}
        aria-label={strings.personOrganisation}
        placeholder={strings.personOrganisation}
        value={organisation}
        onChange={(_, d) => setOrganisation(d.value)}
      />
      <Button type="submit" icon={<PersonAddRegular />} disabled={!name.trim()}>
        {strings.addPerson}
      </Button>
    </form>
  );
}

export function PastePeople({ attendance }: { attendance: AttendanceActions }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const [text, setText] = useState('');
  return (
    <div className={styles.addForm}>
      <Field label={strings.pasteLines} hint={strings.pasteLinesHint} className={styles.grow}>
        <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button
        icon={<PeopleAddRegular />}
        disabled={!text.trim()}
        onClick={() => {
          if (attendance.paste(text)) setText('');
        }}
      >
        {strings.addLines}
      </Button>
    </div>
  );
}
