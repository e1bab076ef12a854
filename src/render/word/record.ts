// The PreviewDocument laid out as Word content, top to bottom as the groups' records read.
import {
  BorderStyle,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { AttendeeList, ClosingBlock, PreviewDocument, PreviewItem } from '../previewTypes';
import { richTextContent, type ListInstances } from './richText';
import { BULLET_LIST, contentWidth } from './styles';
import { textRuns, xmlSafe } from './text';

export function recordContent(doc: PreviewDocument, instances: ListInstances): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(doc.title) }),
    ...doc.meta.map(
      (line) => new Paragraph({ children: [...textRuns(`${line.label}: `, { bold: true }), ...textRuns(line.value)] }),
    ),
    ...attendeeSection(doc.present),
    ...attendeeSection(doc.absent),
    ...doc.items.flatMap((item) => itemContent(item, HeadingLevel.HEADING_2, instances)),
    ...closingContent(doc.closing),
    ...(doc.approvalStamp
      ? [new Paragraph({ spacing: { before: 360 }, children: textRuns(doc.approvalStamp, { italics: true }) })]
      : []),
  ];
}

function label(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 240 }, children: textRuns(text, { bold: true }) });
}

function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ children, numbering: { reference: BULLET_LIST, level: 0 } });
}

const nameColumn = Math.round(contentWidth * 0.38);
const detailColumn = contentWidth - nameColumn;

function attendeeSection(list: AttendeeList): FileChild[] {
  if (list.rows.length === 0) return [];
  const cell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(text) })],
    });
  return [
    label(list.heading),
    new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths: [nameColumn, detailColumn],
      borders: TableBorders.NONE,
      rows: list.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: [cell(row.name, nameColumn), cell(row.detail, detailColumn)] }),
      ),
    }),
  ];
}

function itemContent(
  item: PreviewItem,
  heading: (typeof HeadingLevel)['HEADING_2' | 'HEADING_3'],
  instances: ListInstances,
): FileChild[] {
  return [
    new Paragraph({ heading, children: textRuns(item.heading) }),
    ...(item.presenter ? [new Paragraph({ children: textRuns(item.presenter, { italics: true }) })] : []),
    ...richTextContent(item.notes, instances),
    ...item.decisionBlocks.flatMap((block) => [
      label(`${block.heading}:`),
      new Paragraph({ keepNext: true, children: textRuns(block.intro) }),
      ...block.lines.map((line) => bullet(textRuns(line))),
      ...richTextContent(block.notesAfter, instances),
    ]),
    ...(item.outcome ? [new Paragraph({ children: textRuns(item.outcome) })] : []),
    ...(item.assignments
      ? [label(item.assignments.heading), ...item.assignments.rows.map((row) => bullet(textRuns(row.line)))]
      : []),
    ...(item.links
      ? [
          label(item.links.heading),
          ...item.links.links.map((link) =>
            bullet(
              link.url
                ? [
                    new ExternalHyperlink({
                      link: xmlSafe(link.url),
                      children: textRuns(link.title, { style: 'Hyperlink' }),
                    }),
                  ]
                : textRuns(link.title),
            ),
          ),
        ]
      : []),
    ...(item.nextMeeting
      ? [label(item.nextMeeting.heading), new Paragraph({ children: textRuns(item.nextMeeting.text) })]
      : []),
    ...item.subItems.flatMap((sub) => itemContent(sub, HeadingLevel.HEADING_3, instances)),
  ];
}

function closingContent(closing: ClosingBlock | undefined): FileChild[] {
  if (!closing) return [];
  if (closing.kind === 'noteTakers') {
    return [
      label(closing.heading),
      ...closing.names.map((name) => new Paragraph({ spacing: { after: 0 }, children: textRuns(name) })),
    ];
  }
  // A signature is a line to sign on with the name printed under it; keep role, line and name on one page.
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: textRuns(closing.heading, { bold: true }) }),
    ...closing.lines.flatMap((line) => [
      new Paragraph({ keepNext: true, spacing: { before: 360, after: 600 }, children: textRuns(line.role) }),
      new Paragraph({
        keepLines: true,
        indent: { right: Math.round(contentWidth / 2) },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
        children: textRuns(line.name),
      }),
    ]),
  ];
}

export function recordFooter(doc: PreviewDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [
          ...textRuns(`${doc.footer.groupName} ${doc.footer.date}`),
          new TextRun({
            children: [
              new Tab(),
              `${doc.footer.pageWord} `,
              PageNumber.CURRENT,
              ` ${doc.footer.pageOfWord} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}
