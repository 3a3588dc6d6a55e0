import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A person credited on an article, with the role its byline gives. */
export const AuthorSchema = z.object({
  name: z.string(),
  /** As the byline gives it (本报记者, 本报特约通讯员); 作者 for a bare name or a signature. */
  role: z.string(),
  /** Where the name stands in the text, when it is there (a byline or signature). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

/** One article of a page: its title lines, credits and where it stands in the text. */
export const ArticleSchema = SpanSchema.extend({
  /** The main title (主题). */
  title: z.string().optional(),
  /** The subtitle (副题) under the title. */
  subtitle: z.string().optional(),
  /** The kicker (引题) above the title, where the title block has three lines. */
  kicker: z.string().optional(),
  /** The zone the article is about, as the article writes it. */
  zone: z.string().optional(),
  authors: z.array(AuthorSchema),
  dateline: z.string().optional(),
  signature: z.string().optional(),
  /** Section headings, in order. */
  sections: z.array(z.string()),
  /** Photo credits (图片来源:…), as written. */
  photoCredits: z.array(z.string()),
  /** Where each paragraph stands in the text; a paragraph the layout broke over lines is one span. */
  paragraphs: z.array(SpanSchema).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
