import { z } from 'zod';
import { MentionSchema } from './span.js';

/** The types of named things a report mentions. */
export const EntityTypeSchema = z.enum(['zone', 'organization', 'person', 'place', 'work', 'event']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One mention of a named thing. */
export const EntitySchema = MentionSchema.extend({
  type: EntityTypeSchema,
  /** The canonical name the mention collapses into (an alias or back reference resolved). */
  canonical: z.string().optional(),
  /** For a back reference (该高新区), the full name it stands for. */
  refersTo: z.string().optional(),
  /** For a sub-area (西部(重庆)科学城核心区), the zone it is part of. */
  partOf: z.string().optional(),
  /** For a person, the post or title the text gives them (董事长, 副局长, 院士, 记者). */
  role: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
