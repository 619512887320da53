// Byte-level fixtures for the matcher import: files as spreadsheet programs write them.

/** Windows-1252 bytes for text of Latin-1 letters and the few 0x80–0x9F punctuation marks used here. */
export function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = extra[char];
    if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
    return byte;
  });
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const withBom = (bytes: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

/**
 * A Dutch Excel export ("CSV (gescheiden door lijstscheidingsteken)"): `;`, CRLF, accented
 * names, managers by name in a three-level tree (Renée → Joël, Zoë → Jürgen, Anaïs), a
 * quoted list with `;` inside, an empty separator row and a blank line at the end.
 */
export const DUTCH_EXPORT = [
  'Personeelsnummer;Naam;Rol;Afdeling;Leidinggevende;Talen;Kan helpen met;Leerdoelen;Niveau;Capaciteit;Voorkeuren;Tijdzone',
  '1001;Renée Jansen;Mentor;Directie;;Nederlands, Engels;Strategie, Leiderschap;;6;3;;+1',
  '1002;Joël de Vries;Beide;Financiën;Renée Jansen;Nederlands;Excel, Begroten;Leiderschap;4;1;Renée Jansen;+1',
  '1003;Zoë Bakker;mentor;HR;renée jansen;Nederlands, Engels en Duits;Coaching;;4;2;;1',
  '1004;Jürgen Müller;Mentee;Financiën;Joël de Vries;Duits, Engels;;"Excel; Presenteren";2;;Zoë Bakker;+1',
  '1005;Anaïs Çelik;mentee;HR;Zoë Bakker;Nederlands, Frans;;Coaching, Feedback geven;1,5;;1003;+1',
  ';;;;;;;;;;;',
  '',
].join('\r\n');

/** An English export: `,`, LF, a name with a comma, a cell with a line break, managers by id. */
export const ENGLISH_EXPORT = [
  'Employee ID,Full name,Role,Department,Manager,Languages,Skills offered,Wants to learn,Seniority,Max mentees,Nominations,Time zone offset',
  'E1,Ann O\'Neil,mentor,Sales,,"English, Dutch",Negotiation; Public speaking,,5,2,,-5',
  'E2,"Smith, Bob",mentee,Support,E1,English,,Negotiation,2,,E1,-5',
  'E3,Chloé Dubois,both,R&D,E1,"French, English","Python',
  'SQL",Leadership,3,1,Ann O\'Neil,+1',
  '',
].join('\n');
