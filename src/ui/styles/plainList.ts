import type { GriffelStyle } from '@fluentui/react-components';

/** A list without bullets or indent, its entries stacked with the given gap: the app's lists of people and records. */
export function plainList(gap: string): GriffelStyle {
  return { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap };
}
