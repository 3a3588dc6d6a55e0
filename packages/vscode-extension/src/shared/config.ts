import { ReferenceDateSchema } from '@gaoxin/core';

/** The three kinds of mention the extension highlights, each with its own setting and toggle command. */
export const HIGHLIGHT_KINDS = ['figures', 'dates', 'entities'] as const;
/** One of `HIGHLIGHT_KINDS`. */
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The `gaoxin.*` settings, validated, with defaults filled in. */
export interface GaoxinConfig {
  /** Language ids whose documents are analysed without running `gaoxin.analyze` first. */
  languages: readonly string[];
  /** Which kinds are highlighted. */
  highlight: Readonly<Record<HighlightKind, boolean>>;
  /** The reference date for every document (`YYYY-MM-DD`); undefined: the report's own, else today. */
  referenceDate: string | undefined;
  /** Documents longer than this many characters (UTF-16 code units) are not analysed. */
  maxDocumentSize: number;
  /** Milliseconds to wait after the last edit before analysing again. */
  updateDelay: number;
}

/** The settings' defaults, as declared in the manifest's `contributes.configuration`. */
export const DEFAULT_CONFIG: GaoxinConfig = {
  languages: ['plaintext', 'markdown'],
  highlight: { figures: true, dates: false, entities: false },
  referenceDate: undefined,
  maxDocumentSize: 10_000_000,
  updateDelay: 300,
};

/** The setting (under `gaoxin.`) that turns a kind's highlights on and off. */
export function highlightSetting(kind: HighlightKind): string {
  return `highlight.${kind}`;
}

/** What `readConfig` reads from: `vscode.workspace.getConfiguration('gaoxin')`, or a plain map in tests. */
export interface SettingsSource {
  get(section: string): unknown;
}

/** The validated settings, and a message for each value that was ignored. */
export interface ConfigReading {
  config: GaoxinConfig;
  problems: string[];
}

/**
 * Reads the `gaoxin.*` settings. A value of the wrong shape falls back to its default and adds a
 * problem, so a typo in settings.json never stops the extension.
 *
 * @example
 * readConfig({ get: (k) => (k === 'referenceDate' ? '2022-11-15' : undefined) }).config.referenceDate; // '2022-11-15'
 */
export function readConfig(settings: SettingsSource): ConfigReading {
  const problems: string[] = [];
  const languagesRaw = settings.get('languages');
  let languages = DEFAULT_CONFIG.languages;
  if (languagesRaw !== undefined) {
    if (Array.isArray(languagesRaw) && languagesRaw.every((l): l is string => typeof l === 'string')) {
      languages = languagesRaw.filter((l) => l.length > 0);
    } else {
      problems.push('gaoxin.languages must be a list of language ids; using plaintext and markdown.');
    }
  }

  const highlight = { ...DEFAULT_CONFIG.highlight };
  for (const kind of HIGHLIGHT_KINDS) {
    const raw = settings.get(highlightSetting(kind));
    if (typeof raw === 'boolean') highlight[kind] = raw;
    else if (raw !== undefined) problems.push(`gaoxin.${highlightSetting(kind)} must be true or false.`);
  }

  let referenceDate: string | undefined;
  const dateRaw = settings.get('referenceDate');
  if (typeof dateRaw === 'string' && dateRaw.trim() !== '') {
    // The core's own schema decides what a valid reference date is, so the two never disagree.
    const checked = ReferenceDateSchema.safeParse(dateRaw.trim());
    if (checked.success) referenceDate = dateRaw.trim();
    else problems.push(`gaoxin.referenceDate "${dateRaw}" is not a real day written YYYY-MM-DD; using the report's own date.`);
  }

  return {
    config: {
      languages,
      highlight,
      referenceDate,
      maxDocumentSize: positiveInteger(settings.get('maxDocumentSize'), DEFAULT_CONFIG.maxDocumentSize, 'maxDocumentSize', problems),
      updateDelay: positiveInteger(settings.get('updateDelay'), DEFAULT_CONFIG.updateDelay, 'updateDelay', problems, 0),
    },
    problems,
  };
}

function positiveInteger(raw: unknown, fallback: number, name: string, problems: string[], min = 1): number {
  if (raw === undefined) return fallback;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min) return Math.floor(raw);
  problems.push(`gaoxin.${name} must be a number of at least ${min}; using ${fallback}.`);
  return fallback;
}

/**
 * Checks a reference date typed by the user; undefined when valid or empty (empty clears it).
 *
 * @example
 * referenceDateProblem('2022-02-30'); // 'Not a real day: write it YYYY-MM-DD, e.g. 2022-11-15.'
 */
export function referenceDateProblem(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  return ReferenceDateSchema.safeParse(value.trim()).success ? undefined : 'Not a real day: write it YYYY-MM-DD, e.g. 2022-11-15.';
}
