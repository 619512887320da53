import { useId } from 'preact/hooks';
import {
  buildAgreementDocument, localizeDates, type AgreementDocumentModel, type DocumentBlock, type DocumentSignatureLine,
} from '../../lib/agreements/document.ts';
import { agreementToMarkdown } from '../../lib/agreements/markdown.ts';
import type { Agreement, DocumentLanguage } from '../../lib/agreements/model.ts';
import { formatDate } from '../../lib/calendar/format-date.ts';
import { translator, type Message } from '../../lib/i18n/index.ts';
import '../../styles/agreements.css';
import { loadDocumentMessages, useDocumentMessages } from './document-language.ts';

export interface AgreementDocumentProps {
  agreement: Agreement;
  /** The short code (`shortCode()`), or null while it is being computed. */
  fingerprint: string | null;
  smartGoalTitles?: ReadonlyMap<string, string>;
}

/** Translates a document message in the document's language, its dates written out in that language. */
export function documentText(language: DocumentLanguage): (message: Message) => string {
  const t = translator(language);
  return (message) => {
    const localized = localizeDates(message, (iso) => formatDate(iso, language));
    return t(localized.key, localized.params);
  };
}

/** The agreement as Markdown in its own language, for "Copy as Markdown"; loads that language's words first. */
export async function agreementMarkdown(agreement: Agreement, fingerprint: string | null, smartGoalTitles?: ReadonlyMap<string, string>): Promise<string> {
  await loadDocumentMessages(agreement.language);
  const model = buildAgreementDocument(agreement, smartGoalTitles === undefined ? { fingerprint } : { fingerprint, smartGoalTitles });
  const t = translator(agreement.language);
  return agreementToMarkdown(model, (message) => t(message.key, message.params), (iso) => formatDate(iso, agreement.language));
}

/**
 * The text the pair reads, prints and signs, in the agreement's own language (`lang` on the
 * article, so screen readers switch voice). Renders nothing readable until that language's words
 * have arrived; the page's h1 is above it, so the document starts at h2.
 */
export function AgreementDocument({ agreement, fingerprint, smartGoalTitles }: AgreementDocumentProps) {
  const language = agreement.language;
  const state = useDocumentMessages(language);
  const titleId = useId();
  if (state !== 'ready') {
    return <div class="agreement-document agreement-document--pending" data-state={state} aria-busy={state === 'loading' ? 'true' : undefined} />;
  }
  const model = buildAgreementDocument(agreement, smartGoalTitles === undefined ? { fingerprint } : { fingerprint, smartGoalTitles });
  return <DocumentView model={model} titleId={titleId} />;
}

function DocumentView({ model, titleId }: { model: AgreementDocumentModel; titleId: string }) {
  const say = documentText(model.language);
  return (
    <article class="agreement-document" lang={model.language} aria-labelledby={titleId} data-pagefind-ignore="all">
      <header class="agreement-document__header">
        <h2 id={titleId} class="agreement-document__title">{say(model.title)}</h2>
        <p class="agreement-document__kind">{say(model.kind)}</p>
      </header>

      <section class="agreement-document__parties">
        <h3>{say(model.parties.heading)}</h3>
        <p>{say(model.parties.intro)}</p>
        <dl class="agreement-document__party-list">
          {model.parties.items.map((party) => (
            <div key={party.partyId} class="agreement-document__party">
              <dt>{say(party.role)}</dt>
              <dd>
                {say(party.name)}
                {party.contact !== null && <span class="agreement-document__contact">{party.contact}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {model.sections.map((section) => (
        <section key={section.id} class="agreement-document__section" data-section={section.id}>
          <h3>{say(section.heading)}</h3>
          {section.blocks.map((block, index) => <Block key={index} block={block} say={say} />)}
        </section>
      ))}

      <section class="agreement-document__signatures">
        <h3>{say(model.signatures.heading)}</h3>
        <p>{say(model.signatures.intro)}</p>
        <div class="agreement-document__signature-lines">
          {model.signatures.lines.map((line) => <SignatureLine key={line.partyId} line={line} model={model} say={say} />)}
        </div>
      </section>

      <footer class="agreement-document__footer">
        {model.fingerprint !== null && (
          <p class="agreement-document__fingerprint">
            {say(model.fingerprint.code)} <span>{say(model.fingerprint.explained)}</span>
          </p>
        )}
        <p class="agreement-document__not-legal">{say(model.notLegal)}</p>
      </footer>
    </article>
  );
}

function Block({ block, say }: { block: DocumentBlock; say: (message: Message) => string }) {
  switch (block.kind) {
    case 'paragraph': return <p>{block.sentences.map(say).join(' ')}</p>;
    case 'text': return <p class="agreement-document__own-text">{block.text}</p>;
    case 'list':
      return (
        <>
          {block.intro !== null && <p class="agreement-document__list-intro">{say(block.intro)}</p>}
          <ul>{block.items.map((item, index) => <li key={index}>{say(item)}</li>)}</ul>
        </>
      );
  }
}

function SignatureLine({ line, model, say }: { line: DocumentSignatureLine; model: AgreementDocumentModel; say: (message: Message) => string }) {
  const { labels } = model.signatures;
  return (
    <div class="agreement-document__signature" data-signed={line.signed === null ? 'false' : 'true'}>
      <p class="agreement-document__signature-role">{say(line.role)}</p>
      {line.signed === null ? (
        // Lines to write on: a printed copy is signed by hand.
        <dl class="agreement-document__signature-fields">
          <div>
            <dt>{say(labels.name)}</dt>
            <dd class={line.name === '' ? 'agreement-document__blank' : undefined}>{line.name}</dd>
          </div>
          <div>
            <dt>{say(labels.date)}</dt>
            <dd class="agreement-document__blank" />
          </div>
          <div>
            <dt>{say(labels.signature)}</dt>
            <dd class="agreement-document__blank agreement-document__blank--tall" />
          </div>
        </dl>
      ) : (
        <p class="agreement-document__signed">{say(line.signed.statement)}</p>
      )}
    </div>
  );
}
