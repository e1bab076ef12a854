// The node kinds the editor knows: exactly those RichText can hold, so nothing else can be
// pasted or typed into existence (no headings, quotes, code or images).
import type { Klass, LexicalNode } from 'lexical';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';

export const editorNodes: readonly Klass<LexicalNode>[] = [
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
