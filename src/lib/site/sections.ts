/** The sidebar's groups, in the order they are shown. Labels live in the dictionaries. */
export const sectionIds = ['start', 'foundations', 'programme', 'relationship', 'workbooks', 'reference'] as const;
export type SectionId = (typeof sectionIds)[number];
