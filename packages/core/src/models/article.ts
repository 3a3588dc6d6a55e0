import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A person credited on an article, with the role its byline gives. */
export const AuthorSchema = z.object({
  name: z.string(),
  role: z.string(),
});
export type Author = z.infer<typeof AuthorSchema>;

/** One article of a page: its title lines, credits and where it stands in the text. */
export const ArticleSchema = SpanSchema.extend({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  zone: z.string().optional(),
  authors: z.array(AuthorSchema),
  dateline: z.string().optional(),
  signature: z.string().optional(),
  sections: z.array(z.string()),
  photoCredits: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;
