import { makeStyles } from '@fluentui/react-components';

export const useRichTextToolbarStyles = makeStyles({
  // A 320 px side panel cannot hold every button on one line: they wrap rather than scroll out of sight.
  root: { flexWrap: 'wrap' },
});
