// The mail to someone with no account in the collaboration's tenant: their tasks from the record with due dates,
// and a link to the record. Everything user-written is escaped; a link that is not http(s) is shown, not linked.
import type { AssignmentMail } from '../domain/assignmentMail';
import type { Language, Minutes } from '../domain/model';
import { isSafeHref } from '../domain/richtext';
import { vocabulary } from '../domain/vocabulary';
import { escapeHtml } from './escape';

const WORDS: Record<Language, { subject: (title: string) => string; intro: (title: string) => string }> = {
  sv: {
    subject: (title) => `Dina uppdrag från ${title}`,
    intro: (title) => `Du har fått följande uppdrag i ${title}:`,
  },
  en: {
    subject: (title) => `Your assignments from ${title}`,
    intro: (title) => `You have been given these assignments in ${title}:`,
  },
};

export function assignmentMailSubject(minutes: Pick<Minutes, 'language' | 'title'>): string {
  return WORDS[minutes.language].subject(minutes.title);
}

export function assignmentMailHtml(
  minutes: Pick<Minutes, 'language' | 'title'>,
  mail: AssignmentMail,
  link: string,
): string {
  const words = vocabulary[minutes.language];
  const tasks = mail.tasks
    .map((task) => {
      const due = task.due ? ` (${escapeHtml(words.due(task.due))})` : '';
      return `<li>${escapeHtml(task.label)}: ${escapeHtml(task.text)}${due}</li>`;
    })
    .join('');
  const open = isSafeHref(link)
    ? `<a href="${escapeHtml(link.trim())}">${escapeHtml(words.openRecord)}</a>`
    : escapeHtml(link);
  return [
    `<p>${escapeHtml(WORDS[minutes.language].intro(minutes.title))}</p>`,
    `<ul>${tasks}</ul>`,
    `<p>${open}</p>`,
  ].join('\n');
}
