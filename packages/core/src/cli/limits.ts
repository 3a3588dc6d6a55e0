/**
 * The most one file may add to the output, in UTF-16 code units. Far below V8's string
 * limit (about 536 million), so one file's output never ends a run; a file above it is that
 * file's error line.
 */
export const MAX_FILE_OUTPUT = 200_000_000;
