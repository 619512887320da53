import { formatMessage, translator, type Templates, type Translate } from '../../i18n/index.ts';
import { formatDate } from '../dates.ts';
import type { CheckIn, Goal, IsoDate, Locale, Step } from '../model.ts';
import { SMART_LETTERS } from '../model.ts';
import { isOverdue, progress } from '../progress.ts';
import { escapeMarkdown, escapeMarkdownInline } from './markdown-text.ts';

// A readable export to paste into an e-mail or a notes app, or to print for a
// mentoring conversation.

export interface MarkdownOptions {
  locale: Locale;
  /** Marks open steps that are past their due date. */
  today: IsoDate;
  /** Templates to use instead of the ones registered for `locale` (src/lib/i18n). */
  messages?: Templates;
}

interface Resolved {
  locale: Locale;
  today: IsoDate;
  t: Translate;
}

const EMPTY_ANSWER = '—';

function stepLine(step: Step, { t, locale, today }: Resolved): string {
  const notes: string[] = [];
  if (step.dueDate !== null) notes.push(t('goals.export.md.due', { date: formatDate(step.dueDate, locale) }));
  if (isOverdue(step, today)) notes.push(`**${t('goals.export.md.overdue')}**`);
  const suffix = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  return `- [${step.done ? 'x' : ' '}] ${escapeMarkdown(step.text, '      ')}${suffix}`;
}

function checkInBlock(checkIn: CheckIn, { t, locale }: Resolved): string {
  return [
    `### ${formatDate(checkIn.date, locale)}`,
    `**${t('goals.export.md.checkInHappened')}:** ${escapeMarkdown(checkIn.happened) || EMPTY_ANSWER}`,
    `**${t('goals.export.md.checkInNextStep')}:** ${escapeMarkdown(checkIn.nextStep) || EMPTY_ANSWER}`,
  ].join('\n\n');
}

function withDefaults({ locale, today, messages }: MarkdownOptions): Resolved {
  const t: Translate = messages ? (key, params) => formatMessage(messages, locale, params ? { key, params } : { key }) : translator(locale);
  return { locale, today, t };
}

export function goalToMarkdown(goal: Goal, options: MarkdownOptions): string {
  const resolved = withDefaults(options);
  const { t, locale } = resolved;
  const title = escapeMarkdownInline(goal.title) || t('goals.goal.untitled');
  const targetDate = goal.targetDate === null ? t('goals.export.md.noTargetDate') : formatDate(goal.targetDate, locale);
  const { done, total, percent } = progress(goal);
  const facts = [
    `- **${t('goals.export.md.role')}:** ${t(`goals.role.${goal.ownerRole}`)}`,
    ...(goal.relationship.trim() === '' ? [] : [`- **${t('goals.export.md.relationship')}:** ${escapeMarkdownInline(goal.relationship)}`]),
    `- **${t('goals.export.md.targetDate')}:** ${targetDate}`,
    `- ${t('goals.progress.summary', { done, total, percent })}`,
  ];
  const sections = [
    `# ${title}`,
    ...(goal.statement.trim() === '' ? [] : [escapeMarkdown(goal.statement)]),
    ...(goal.archived ? [`_${t('goals.export.md.archived')}_`] : []),
    facts.join('\n'),
    `## ${t('goals.export.md.smartHeading')}`,
    SMART_LETTERS.map((letter) =>
      `- **${t(`goals.smart.${letter}.name`)}:** ${escapeMarkdown(goal.smart[letter], '  ') || EMPTY_ANSWER}`,
    ).join('\n'),
    `## ${t('goals.export.md.stepsHeading')}`,
    goal.steps.length === 0 ? t('goals.export.md.noSteps') : goal.steps.map((step) => stepLine(step, resolved)).join('\n'),
    `## ${t('goals.export.md.checkInsHeading')}`,
    // Stored newest first (see operations/check-in.ts), which is also the order people want to read.
    ...(goal.checkIns.length === 0 ? [t('goals.export.md.noCheckIns')] : goal.checkIns.map((checkIn) => checkInBlock(checkIn, resolved))),
  ];
  return `${sections.join('\n\n')}\n`;
}

export function goalsToMarkdown(goals: readonly Goal[], options: MarkdownOptions): string {
  const { t, locale, today } = withDefaults(options);
  const footer = `_${t('goals.export.md.exportedOn', { date: formatDate(today, locale) })}_\n`;
  return [...goals.map((goal) => goalToMarkdown(goal, options)), footer].join('\n---\n\n');
}
