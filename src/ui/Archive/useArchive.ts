// The archive's state: my groups, the chosen group and year, and that group's records of the year.
import { useState } from 'react';
import { stockholmYear } from '../../domain/format';
import type { GroupChoice } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';

/** This year and the four before it: records older than that are rarely looked up from here. */
const YEARS_SHOWN = 5;

const byName = (a: GroupChoice, b: GroupChoice) => a.name.localeCompare(b.name, 'sv');

export function useArchive(initialGroupId?: string, clock?: Date) {
  const services = useServices();
  // Fixed at mount, as the meeting picker's clock.
  const [thisYear] = useState(() => stockholmYear((clock ?? new Date()).toISOString()));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear);
  const [chosenGroupId, setChosenGroupId] = useState(initialGroupId);

  const groups = useLoaded(async () => [...(await services.listGroups())].sort(byName), 'groups');
  const groupList = groups.state.kind === 'loaded' ? groups.state.value : [];
  const group = groupList.find((g) => g.id === chosenGroupId) ?? groupList[0];
  const records = useLoaded(
    group ? () => services.listRecords(group.id, year) : undefined,
    group ? `${group.id}|${year}` : '',
  );

  return {
    groups: groups.state,
    group,
    groupList,
    year,
    years,
    records: records.state,
    handleGroupChange: setChosenGroupId,
    handleYearChange: setYear,
    handleRetry: () => (groups.state.kind === 'failed' ? groups.retry() : records.retry()),
  };
}
