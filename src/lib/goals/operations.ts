// One import for the UI; each file behind it handles one kind of edit.
export * from './goal-operations.ts';
export * from './step-operations.ts';
export * from './check-in-operations.ts';
export * from './document-operations.ts';
export * from './progress.ts';
export * from './restore-operations.ts';
