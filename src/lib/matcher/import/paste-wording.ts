// A paste has no file: the refusals it can hit are said in words about a paste. Its own module,
// because the page (client.ts) needs it too and must not load the parser to get it.
import type { Message, MessageKey } from '../../i18n/message.ts';

/** The messages a paste can hit, in words about a paste: it has no file to speak of. */
const PASTE_WORDING: Readonly<Record<string, MessageKey>> = {
  'matcher.import.parse.empty': 'matcher.import.paste.empty',
  'matcher.import.parse.onlyHeader': 'matcher.import.paste.onlyHeader',
  'matcher.import.parse.tooManyRows': 'matcher.import.paste.tooManyRows',
  'matcher.import.parse.tooManyColumns': 'matcher.import.paste.tooManyColumns',
  'matcher.import.file.tooLarge': 'matcher.import.paste.tooLarge',
  'matcher.import.file.notText': 'matcher.import.paste.notText',
  'matcher.import.file.failed': 'matcher.import.paste.failed',
};

/** The paste's own wording of a refusal; any other message as it is. */
export function asPasteMessage(error: Message): Message {
  const key = PASTE_WORDING[error.key];
  return key ? { ...error, key } : error;
}
