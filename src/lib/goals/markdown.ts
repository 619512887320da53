import { formatDate } from './date-format.ts';
import { GOALS_MESSAGES } from './locale-messages.ts';
import { escapeMarkdown, escapeMarkdownInline } from './markdown-text.ts';
import { formatMessage } from './messages.ts';
import type { GoalsMessages } from './message-keys.ts';
import type { CheckIn, Goal, IsoDate, Locale, Step } from './model.ts';
import { SMART_LETTERS } from './model.ts';
import { isOverdue, progress } from './progress.ts';

// A readable export to paste into an e-mail or a notes app, or to print for a
// mentoring conversation.

export interface MarkdownOptions {
  locale: Locale;
  /** Marks open steps that are past their due date. */
  today: IsoDate;
  /** Defaults to the built-in texts for `locale`. */
  messages?: GoalsMessages;
}

const EMPTY_ANSWER = '—';

function stepLine(step: Step, options: Required<MarkdownOptions>): string {
  const { messages, locale, today } = options;
  const notes: string[] = [];
  if (step.dueDate !== null) notes.push(formatMessage(messages, { key: 'export.md.due', params: { date: formatDate(step.dueDate, locale) } }));
  if (isOverdue(step, today)) notes.push(`**${messages['export.md.overdue']}**`);
  const suffix = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  return `- [${step.done ? 'x' : ' '}] ${escapeMarkdown(step.text, '      ')}${suffix}`;
}

function checkInBlock(checkIn: CheckIn, { messages, locale }: Required<MarkdownOptions>): string {
  return [
    `### ${formatDate(checkIn.date, locale)}`,
    `**${messages['export.md.checkInHappened']}:** ${escapeMarkdown(checkIn.happened) || EMPTY_ANSWER}`,
    `**${messages['export.md.checkInNextStep']}:** ${escapeMarkdown(checkIn.nextStep) || EMPTY_ANSWER}`,
  ].join('\n\n');
}

function withDefaults(options: MarkdownOptions): Required<MarkdownOptions> {
  return { ...options, messages: options.messages ?? GOALS_MESSAGES[options.locale] };
}

export function goalToMarkdown(goal: Goal, options: MarkdownOptions): string {
  const resolved = withDefaults(options);
  const { messages, locale } = resolved;
  const title = escapeMarkdownInline(goal.title) || messages['goal.untitled'];
  const targetDate = goal.targetDate === null ? messages['export.md.noTargetDate'] : formatDate(goal.targetDate, locale);
  const { done, total, percent } = progress(goal);
  const facts = [
    `- **${messages['export.md.role']}:** ${messages[`role.${goal.ownerRole}`]}`,
    ...(goal.relationship.trim() === '' ? [] : [`- **${messages['export.md.relationship']}:** ${escapeMarkdownInline(goal.relationship)}`]),
    `- **${messages['export.md.targetDate']}:** ${targetDate}`,
    `- ${formatMessage(messages, { key: 'progress.summary', params: { done, total, percent } })}`,
  ];
  const sections = [
    `# ${title}`,
    ...(goal.statement.trim() === '' ? [] : [escapeMarkdown(goal.statement)]),
    ...(goal.archived ? [`_${messages['export.md.archived']}_`] : []),
    facts.join('\n'),
    `## ${messages['export.md.smartHeading']}`,
    SMART_LETTERS.map((letter) =>
      `- **${messages[`smart.${letter}.name`]}:** ${escapeMarkdown(goal.smart[letter], '  ') || EMPTY_ANSWER}`,
    ).join('\n'),
    `## ${messages['export.md.stepsHeading']}`,
    goal.steps.length === 0 ? messages['export.md.noSteps'] : goal.steps.map((step) => stepLine(step, resolved)).join('\n'),
    `## ${messages['export.md.checkInsHeading']}`,
    // Stored newest first (see check-in-order.ts), which is also the order people want to read.
    ...(goal.checkIns.length === 0 ? [messages['export.md.noCheckIns']] : goal.checkIns.map((checkIn) => checkInBlock(checkIn, resolved))),
  ];
  return `${sections.join('\n\n')}\n`;
}

export function goalsToMarkdown(goals: readonly Goal[], options: MarkdownOptions): string {
  const { messages, locale, today } = withDefaults(options);
  const footer = `_${formatMessage(messages, { key: 'export.md.exportedOn', params: { date: formatDate(today, locale) } })}_\n`;
  return [...goals.map((goal) => goalToMarkdown(goal, options)), footer].join('\n---\n\n');
}
