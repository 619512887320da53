// The agreement's meeting calendar: public holidays, the series rule, the two .ics files.
export * from './dates.ts';
export * from './holidays.ts';
export * from './series.ts';
export * from './ics.ts';
export * from './plan.ts';
