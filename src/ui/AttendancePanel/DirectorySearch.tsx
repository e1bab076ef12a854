// Someone who came without an invite: found in the directory by name (people search), or typed by hand.
import { useEffect, useState } from 'react';
import { Combobox, Option } from '@fluentui/react-components';
import type { AssigneeRef } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';

const SEARCH_DELAY_MS = 300;

export function DirectorySearch({ onPick, className }: { onPick(person: AssigneeRef): void; className?: string }) {
  const strings = useStrings();
  const services = useServices();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<AssigneeRef[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResults([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      services.searchPeople(text).then(
        (people) => current && setResults(people),
        () => current && setResults([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, services]);

  return (
    <Combobox
      className={className}
      freeform
      aria-label={strings.searchDirectory}
      placeholder={strings.searchDirectory}
      value={query}
      open={open && results.length > 0}
      onOpenChange={(_, d) => setOpen(d.open)}
      onChange={(e) => {
        setQuery(e.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_, d) => {
        const person = results.find((p) => p.directoryId === d.optionValue);
        if (!person) return;
        onPick(person);
        setQuery('');
        setOpen(false);
      }}
    >
      {results.map((person) => (
        <Option key={person.directoryId} value={person.directoryId} text={person.name}>
          {person.email ? `${person.name} – ${person.email}` : person.name}
        </Option>
      ))}
    </Combobox>
  );
}
