// Notes as React elements: user text is only ever text nodes, links only http(s) and mailto.
import type { ReactNode } from 'react';
import { isSafeHref } from '../../domain/richtext';
import type { Block, Inline, ListBlock } from '../../domain/model';

function inlines(content: Inline[]): ReactNode[] {
  return content.map((run, i) => {
    let node: ReactNode = run.text;
    if (run.bold) node = <strong>{node}</strong>;
    if (run.italic) node = <em>{node}</em>;
    if (run.underline) node = <u>{node}</u>;
    if (run.strike) node = <s>{node}</s>;
    if (run.href && isSafeHref(run.href)) {
      node = (
        <a href={run.href} target="_blank" rel="noopener noreferrer">
          {node}
        </a>
      );
    }
    return <span key={i}>{node}</span>;
  });
}

function list(block: ListBlock, key: number): ReactNode {
  const Tag = block.ordered ? 'ol' : 'ul';
  return (
    <Tag key={key}>
      {block.items.map((item, i) => (
        <li key={i}>
          {inlines(item.content)}
          {item.children?.map((child, j) => list(child, j))}
        </li>
      ))}
    </Tag>
  );
}

export function RichTextView({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{inlines(block.content)}</p>;
        if (block.type === 'list') return list(block, i);
        return (
          <table key={i}>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    const Cell = block.headerRow && r === 0 ? 'th' : 'td';
                    return <Cell key={c}>{inlines(cell)}</Cell>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
