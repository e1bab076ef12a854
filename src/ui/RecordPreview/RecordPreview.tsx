// The record as it will read in Word and as the chair approves it: the same layout model
// (render/preview) the Word document is built from.
import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { Minutes } from '../../domain/model';
import { previewModel, type PreviewItem, type RenderOptions } from '../../render/preview';
import { RichTextView } from './RichTextView';

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    maxWidth: '800px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    '& table': { borderCollapse: 'collapse', width: '100%' },
    '& td, & th': {
      textAlign: 'start',
      verticalAlign: 'top',
      paddingBlock: '2px',
      paddingInlineEnd: tokens.spacingHorizontalM,
    },
    '& a': { color: tokens.colorBrandForegroundLink },
    // Headings keep a line height of their own: the page's 22 px line under a 28 px title overlapped when it wrapped.
    '& h1, & h2, & h3': { lineHeight: 1.25 },
  },
  compactPage: { padding: tokens.spacingHorizontalM, boxShadow: 'none', borderRadius: 0 },
  meta: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM },
  metaRow: { display: 'contents' },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  stamp: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  signature: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalXXL,
  },
  line: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`,
    width: '240px',
    maxWidth: '100%',
  },
});

function Item({ item, level }: { item: PreviewItem; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section>
      <Heading>{item.heading}</Heading>
      {item.presenter && <p>{item.presenter}</p>}
      <RichTextView blocks={item.notes} />
      {item.decisionBlocks.map((block) => (
        <div key={block.id}>
          <p>
            <strong>{block.heading}:</strong> {block.intro}
          </p>
          <ul>
            {block.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <RichTextView blocks={block.notesAfter} />
        </div>
      ))}
      {item.outcome && <p>{item.outcome}</p>}
      {item.assignments && (
        <>
          <p>
            <strong>{item.assignments.heading}</strong>
          </p>
          <ul>
            {item.assignments.rows.map((row) => (
              <li key={row.id}>{row.line}</li>
            ))}
          </ul>
        </>
      )}
      {item.links && (
        <>
          <p>
            <strong>{item.links.heading}</strong>
          </p>
          <ul>
            {item.links.links.map((link, i) => (
              <li key={i}>
                {link.url ? (
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.title}
                  </a>
                ) : (
                  link.title
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.nextMeeting && (
        <p>
          <strong>{item.nextMeeting.heading}:</strong> {item.nextMeeting.text}
        </p>
      )}
      {item.subItems.map((sub) => (
        <Item key={sub.id} item={sub} level={3} />
      ))}
    </section>
  );
}

export interface RecordPreviewProps {
  minutes: Minutes;
  options?: RenderOptions;
  compact?: boolean;
}

export function RecordPreview({ minutes, options, compact }: RecordPreviewProps) {
  const styles = useStyles();
  const doc = previewModel(minutes, options);
  return (
    <article
      className={mergeClasses(styles.page, compact && styles.compactPage)}
      aria-label={doc.title}
      lang={doc.language}
    >
      <h1>{doc.title}</h1>
      <dl className={styles.meta}>
        {doc.meta.map((line) => (
          <div key={line.label} className={styles.metaRow}>
            <dt className={styles.dt}>{line.label}</dt>
            <dd className={styles.dd}>{line.value}</dd>
          </div>
        ))}
      </dl>
      {[doc.present, doc.absent].map((list) =>
        list.rows.length > 0 ? (
          <section key={list.heading}>
            <h2>{list.heading}</h2>
            <table>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.key}>
                    <td>
                      <bdi>{row.name}</bdi>
                    </td>
                    <td>
                      <bdi>{row.detail}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null,
      )}
      {doc.items.map((item) => (
        <Item key={item.id} item={item} level={2} />
      ))}
      {doc.closing?.kind === 'signatures' && (
        <section>
          <h2>{doc.closing.heading}</h2>
          {doc.closing.lines.map((line) => (
            <div key={line.role} className={styles.signature}>
              <div className={styles.line} />
              <span>{line.role}</span>
              <bdi>{line.name}</bdi>
            </div>
          ))}
        </section>
      )}
      {doc.closing?.kind === 'noteTakers' && doc.closing.names.length > 0 && (
        <section>
          <h2>{doc.closing.heading}</h2>
          <p>{doc.closing.names.join(', ')}</p>
        </section>
      )}
      {doc.approvalStamp && <p className={styles.stamp}>{doc.approvalStamp}</p>}
    </article>
  );
}
