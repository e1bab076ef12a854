// The group's settings (configuration page) and the Planner plans to choose from.
import type { GroupSettings } from '../domain/model';

export interface PlanChoice {
  id: string;
  title: string;
}

export interface SettingsServices {
  loadSettings(groupId: string): Promise<GroupSettings>;
  saveSettings(settings: GroupSettings): Promise<void>;
  listPlans(groupId: string): Promise<PlanChoice[]>;
  createPlan(groupId: string, title: string): Promise<PlanChoice>;
}
