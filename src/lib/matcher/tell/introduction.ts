// Introduction messages for a pair or group: a subject and a body with placeholders, which the
// coordinator may edit, filled in for one match. The default templates live in the message
// tables (matcher-tell.ts) in both languages; a template is plain text, so an edited one can be
// stored as it is.
import { formatList } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/message.ts';
import type { MatchingMessage } from '../../matching/messages.ts';
import type { MatchView } from '../result-view.ts';
import { nameOf, type NameLookup } from '../result-view.ts';
import type { IntroductionKind } from '../model.ts';
import { topReasons } from './reasons.ts';

export const PLACEHOLDERS = ['names', 'mentor', 'mentee', 'reasons', 'firstSteps', 'agreementLink', 'smartLink', 'coordinator'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface IntroductionTemplate {
  readonly subject: string;
  readonly body: string;
}

/** Which default fits a match: a mentor and mentee, two peers, or a group (defined with the project, which stores edited ones). */
export type { IntroductionKind };

export function introductionKind(match: Pick<MatchView, 'ids' | 'mentorId'>): IntroductionKind {
  if (match.mentorId !== null && match.ids.length === 2) return 'mentoring';
  return match.ids.length > 2 ? 'group' : 'pair';
}

/** The default template in the language `t` speaks; placeholders are left in for the fill. */
export function defaultTemplate(kind: IntroductionKind, t: Translate): IntroductionTemplate {
  return { subject: t(`matcher.tell.intro.subject.${kind}`), body: t(`matcher.tell.intro.body.${kind}`) };
}

/** The site's pages a pair is sent to, per language. */
export const LINK_PATHS: Readonly<Record<Locale, { readonly agreement: string; readonly smart: string }>> = {
  nl: { agreement: '/nl/mentoringafspraken/', smart: '/nl/smart-doelen/' },
  en: { agreement: '/en/mentoring-agreement/', smart: '/en/smart-goals/' },
};

/** An absolute link to a page of the site; `origin` as the page knows it (`location.origin`), a trailing slash is fine. */
export function siteLink(origin: string, path: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href;
}

export interface IntroductionContext {
  /** The language of the message (not necessarily the page's); `t` must speak it. */
  readonly locale: Locale;
  readonly t: Translate;
  readonly names: NameLookup;
  /** Where the site lives, e.g. `https://mentorkit.nl`. */
  readonly origin: string;
  /** The coordinator's name as they sign; '' leaves the signature empty (and says so). */
  readonly coordinator: string;
}

/** Every placeholder's text for one match; '' where it does not apply (no mentor in a peer pair) or is not known. */
export function placeholderValues(match: MatchView, context: IntroductionContext): Record<Placeholder, string> {
  const { t, locale } = context;
  const name = (id: string) => nameOf(context.names, id);
  const mentees = match.mentorId === null ? [] : match.ids.filter((id) => id !== match.mentorId);
  const reasons: readonly MatchingMessage[] = match.breakdown === null ? [] : topReasons(match.breakdown);
  const links = LINK_PATHS[locale];
  return {
    names: formatList(match.ids.map(name), locale),
    mentor: match.mentorId === null ? '' : name(match.mentorId),
    mentee: formatList(mentees.map(name), locale),
    reasons: reasons.map((reason) => t('matcher.tell.intro.reasonLine', { reason: t(reason.key, reason.params) })).join('\n'),
    firstSteps: t('matcher.tell.intro.firstSteps'),
    agreementLink: siteLink(context.origin, links.agreement),
    smartLink: siteLink(context.origin, links.smart),
    coordinator: context.coordinator.trim(),
  };
}

export interface FilledText {
  readonly text: string;
  /** `{word}`s in the template that are no placeholder (a typo, a Dutch name): left as they are. */
  readonly unknown: readonly string[];
  /** Placeholders the template uses that had no text for this match (e.g. `{reasons}` before the details are back). */
  readonly empty: readonly Placeholder[];
}

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/**
 * The template with every known placeholder replaced, in one pass: a value that itself looks
 * like `{mentor}` (a name typed that way) is never filled again. Unknown ones stay visible.
 */
export function fillTemplate(template: string, values: Readonly<Record<Placeholder, string>>): FilledText {
  const unknown = new Set<string>();
  const empty = new Set<Placeholder>();
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!isPlaceholder(name)) {
      unknown.add(name);
      return whole;
    }
    if (values[name] === '') empty.add(name);
    return values[name];
  });
  return { text, unknown: [...unknown], empty: [...empty] };
}

export interface Introduction {
  readonly subject: FilledText;
  readonly body: FilledText;
  /** Unknown placeholders of subject and body together, for one warning. */
  readonly unknown: readonly string[];
  readonly empty: readonly Placeholder[];
}

export function introduction(template: IntroductionTemplate, match: MatchView, context: IntroductionContext): Introduction {
  const values = placeholderValues(match, context);
  const subject = fillTemplate(template.subject, values);
  const body = fillTemplate(template.body, values);
  return {
    subject,
    body,
    unknown: [...new Set([...subject.unknown, ...body.unknown])],
    empty: [...new Set([...subject.empty, ...body.empty])],
  };
}
