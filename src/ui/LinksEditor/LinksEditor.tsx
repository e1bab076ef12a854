// Links and attachments of an item ("Presentation bifogas"): a title and an address, http(s) or mailto only.
import { useState } from 'react';
import { Button, Field, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, LinkAddRegular } from '@fluentui/react-icons';
import { isSafeHref } from '../../domain/richtext';
import type { Link as ItemLink } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { plainList } from '../styles/plainList';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalXXS),
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  form: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: '160px' },
});

export interface LinksEditorProps {
  links: ItemLink[];
  label: string;
  onAdd(link: { title: string; url: string }): void;
  onRemove(id: string): void;
}

export function LinksEditor({ links, label, onAdd, onRemove }: LinksEditorProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);
  const handleAdd = () => {
    const address = url.trim();
    if (!isSafeHref(address)) {
      setInvalid(true);
      return;
    }
    onAdd({ title: title.trim() || address, url: address });
    setTitle('');
    setUrl('');
  };
  return (
    <section aria-label={`${strings.links} ${label}`}>
      {links.length > 0 && (
        <ul className={styles.list}>
          {links.map((link) => (
            <li key={link.id} className={styles.row}>
              <Link href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title}
              </Link>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`${strings.removeLink} ${link.title}`}
                onClick={() => onRemove(link.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.form}>
        <Input
          className={styles.grow}
          size="small"
          aria-label={`${strings.linkTitle} – ${label}`}
          placeholder={strings.linkTitle}
          value={title}
          onChange={(_, d) => setTitle(d.value)}
        />
        <Field className={styles.grow} size="small" validationMessage={invalid ? strings.invalidLink : undefined}>
          <Input
            size="small"
            type="url"
            aria-label={`${strings.linkUrl} – ${label}`}
            placeholder={strings.linkUrl}
            value={url}
            onChange={(_, d) => (setUrl(d.value), setInvalid(false))}
            onKeyDown={(e) => e.key === 'Enter' && handleAdd()}
          />
        </Field>
        <Button size="small" icon={<LinkAddRegular />} disabled={!url.trim()} onClick={handleAdd}>
          {strings.addLink}
        </Button>
      </div>
    </section>
  );
}
