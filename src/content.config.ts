import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sectionIds } from './lib/site/sections.ts';

const guide = defineCollection({
  loader: glob({ base: './content', pattern: '{nl,en}/**/*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(20).max(220),
    section: z.enum(sectionIds),
    order: z.number(),
    /** Ties a page to its counterpart in the other language; equal in both. */
    key: z.string().regex(/^[a-z0-9-]+$/),
    /** Shorter title for the sidebar, when the page title is long. */
    navTitle: z.string().optional(),
    /** Workbook pages trade the table of contents for room to work in. */
    wide: z.boolean().default(false),
    /** Pages with islands say so to readers whose browser runs no JavaScript. */
    interactive: z.boolean().default(false),
  }),
});

export const collections = { guide };
