// The agreement workbook's domain layer, for the islands: import from here. Not here: record.ts
// (the stores import it) and salvage.ts (loaded only for damaged data).
export * from './model.ts';
export * from './templates.ts';
export * from './rules.ts';
export * from './operations/agreement.ts';
export * from './operations/document.ts';
export { canonicalJson, fingerprint, shortCode } from './fingerprint.ts';
export * from './compare.ts';
export * from './share.ts';
export { parseAgreementsDocument, parseOneAgreement } from './validate.ts';
export type { ParseResult } from './validate.ts';
export * from './document.ts';
export { agreementToMarkdown } from './markdown.ts';
