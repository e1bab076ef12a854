// The group's Planner plan: one of the group's plans, none, or a new one; says so when the chosen plan is gone.
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { PlanChoice } from '../../contracts/settings';
import { useConfigViewStyles } from './ConfigView.styles';

export interface PlanFieldProps {
  plans: PlanChoice[];
  planId?: string;
  planMissing: boolean;
  groupName: string;
  busy: boolean;
  onChange(planId: string | undefined): void;
  onCreate(title: string): void;
}

export function PlanField({ plans, planId, planMissing, groupName, busy, onChange, onCreate }: PlanFieldProps) {
  const strings = useStrings().configPage;
  const styles = useConfigViewStyles();
  const [title, setTitle] = useState(() => strings.defaultPlanTitle(groupName));
  return (
    <>
      {planMissing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.planMissing}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={strings.plan} className={styles.field}>
        <Select
          className={styles.field}
          select={{ className: styles.select }}
          value={planMissing ? '' : (planId ?? '')}
          onChange={(_, data) => onChange(data.value || undefined)}
        >
          <option value="">{strings.noPlan}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.title}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.createPlan}>
        <Field label={strings.newPlanTitle} className={styles.createPlanTitle}>
          <Input value={title} onChange={(_, data) => setTitle(data.value)} />
        </Field>
        <Button icon={<AddRegular />} disabled={busy || title.trim() === ''} onClick={() => onCreate(title.trim())}>
          {strings.createPlan}
        </Button>
      </div>
    </>
  );
}
