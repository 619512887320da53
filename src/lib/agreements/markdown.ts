import type { Message } from '../i18n/message.ts';
import type { AgreementDocumentModel, DocumentBlock } from './document.ts';
import { localizeDates } from './document.ts';
import type { IsoDate } from './model.ts';

// The document as Markdown, for "Copy as Markdown": one text that pastes into an e-mail, a wiki
// or a notes app and still reads as the agreement. Same structure as the printed copy.

/** What people type may start like Markdown ("# ", "- ", "1. "); escaped so it stays their text. */
function escapeLine(line: string): string {
  return line.replace(/^(\s*)([#>*+-]|\d+[.)])/, '$1\\$2');
}

function escapeText(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

/** Where a party writes by hand on a printed or pasted copy. */
const BLANK = '______________________________';

export function agreementToMarkdown(
  model: AgreementDocumentModel,
  translate: (message: Message) => string,
  formatDate: (iso: IsoDate) => string,
): string {
  const say = (message: Message) => translate(localizeDates(message, formatDate));
  // Only where a line starts: a heading or a "Name: …" line cannot turn into a list.
  const line = (message: Message) => escapeText(say(message));
  const block = (item: DocumentBlock): string => {
    switch (item.kind) {
      case 'paragraph': return escapeText(item.sentences.map(say).join(' '));
      // Two trailing spaces keep the party's own line breaks inside one paragraph.
      case 'text': return escapeText(item.text).split('\n').join('  \n');
      case 'list': return [...(item.intro === null ? [] : [line(item.intro), '']), ...item.items.map((entry) => `- ${line(entry)}`)].join('\n');
    }
  };

  const parts: string[] = [`# ${say(model.title)}`, line(model.kind)];
  parts.push(`## ${say(model.parties.heading)}`, line(model.parties.intro));
  parts.push(model.parties.items
    .map((party) => `- **${say(party.role)}:** ${say(party.name)}${party.contact === null ? '' : ` (${party.contact})`}`)
    .join('\n'));
  for (const section of model.sections) {
    parts.push(`## ${say(section.heading)}`, ...section.blocks.map(block));
  }
  const { labels } = model.signatures;
  parts.push(`## ${say(model.signatures.heading)}`, line(model.signatures.intro));
  for (const signatureLine of model.signatures.lines) {
    const lines = [`**${say(signatureLine.role)}**`];
    if (signatureLine.signed === null) {
      lines.push(`${say(labels.name)}: ${signatureLine.name === '' ? BLANK : signatureLine.name}`);
      lines.push(`${say(labels.date)}: ${BLANK}`);
      lines.push(`${say(labels.signature)}: ${BLANK}`);
    } else {
      lines.push(line(signatureLine.signed.statement));
    }
    parts.push(lines.join('  \n'));
  }
  if (model.fingerprint !== null) parts.push(`${line(model.fingerprint.code)}  \n${line(model.fingerprint.explained)}`);
  parts.push(`*${say(model.notLegal)}*`);
  return `${parts.join('\n\n')}\n`;
}
