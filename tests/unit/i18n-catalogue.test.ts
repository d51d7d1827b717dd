// @vitest-environment node
/**
 * The whole message catalogue (every src/lib/i18n/messages/<area>/<locale>.json) checked as
 * one: each key in every language, with the same inputs in each; no key in two files; no
 * stray braces; plural and select messages with a catch-all variant; and every key used
 * somewhere in src/, by name or by the vocabulary's naming convention. Each check lists
 * the keys that break it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locale';
import { ACTOR_KINDS, POLARITIES, RELATION_TYPE_IDS } from '../../src/lib/vocabulary';

const ROOT = process.cwd();
const MESSAGES = join(ROOT, 'src/lib/i18n/messages');
const SOURCES = join(ROOT, 'src');
const GENERATED = join(ROOT, 'src/lib/i18n/generated');

/** A complex message: declarations, selectors and variants by match. */
interface ComplexMessage {
  declarations?: string[];
  selectors?: string[];
  match?: Record<string, string>;
}

type RawMessage = string | ComplexMessage[];

/** One key in one language of one file. */
interface Entry {
  file: string;
  locale: string;
  key: string;
  message: RawMessage;
}

const PLACEHOLDER = /\{([A-Za-z_]\w*)\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** The texts of a message: the string itself, or every variant. */
function texts(message: RawMessage): string[] {
  if (typeof message === 'string') return [message];
  return message.flatMap((part) => Object.values(part.match ?? {}));
}

/** The inputs a message takes: its declared inputs, or the placeholders of a simple one. */
function inputsOf(message: RawMessage): string[] {
  if (typeof message === 'string') return [...new Set(placeholders(message))].sort();
  const declared = message.flatMap((part) => part.declarations ?? []);
  return declared.flatMap((line) => (line.startsWith('input ') ? [line.slice('input '.length).trim()] : [])).sort();
}

/** What is wrong with a message on its own: undeclared placeholders, stray braces, no catch-all. */
function flawsOf(message: RawMessage): string[] {
  const flaws: string[] = [];
  for (const text of texts(message)) {
    if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) flaws.push(`stray brace in "${text}"`);
  }
  if (typeof message === 'string') return flaws;
  for (const part of message) {
    const declared = new Set(
      (part.declarations ?? []).map((line) =>
        line
          .replace(/^(?:input|local)\s+/, '')
          .split(/\s*=/)[0]
          .trim(),
      ),
    );
    for (const text of Object.values(part.match ?? {})) {
      for (const name of placeholders(text)) if (!declared.has(name)) flaws.push(`{${name}} is not declared`);
    }
    const matches = Object.keys(part.match ?? {});
    for (const selector of part.selectors ?? []) {
      if (!matches.some((match) => match.split(/\s*,\s*/).includes(`${selector}=*`))) {
        flaws.push(`no "${selector}=*" variant`);
      }
    }
  }
  return flaws;
}

function readCatalogue(): Entry[] {
  const entries: Entry[] = [];
  for (const area of readdirSync(MESSAGES).sort()) {
    const folder = join(MESSAGES, area);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const file = relative(ROOT, join(folder, name));
      const locale = name.replace(/\.json$/, '');
      const json = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, RawMessage>;
      for (const [key, message] of Object.entries(json)) {
        if (key !== '$schema') entries.push({ file, locale, key, message });
      }
    }
  }
  return entries;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (path === GENERATED) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** Every name that src/ writes as a string literal or reads as `m.name`. */
function namesUsedInSources(): Set<string> {
  const used = new Set<string>();
  for (const path of sourceFiles(SOURCES)) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/(['"`])([A-Za-z_]\w*)\1/g)) used.add(match[2]);
    for (const match of text.matchAll(/\bm\.([A-Za-z_]\w*)/g)) used.add(match[1]);
  }
  return used;
}

const keyPart = (id: string) => id.replaceAll('-', '_');

/**
 * Keys that code builds from the vocabulary's ids rather than writing them (src/lib/i18n/
 * words.ts): each relation type's label and description, each actor kind, each polarity
 * group, and "other", the group of types outside the vocabulary.
 */
function vocabularyKeys(): Set<string> {
  return new Set([
    ...RELATION_TYPE_IDS.flatMap((id) => [`relation_type_${keyPart(id)}`, `relation_type_${keyPart(id)}_description`]),
    ...ACTOR_KINDS.map((id) => `actor_kind_${keyPart(id)}`),
    ...[...POLARITIES, 'other'].map((id) => `polarity_${keyPart(id)}`),
  ]);
}

const entries = readCatalogue();
const keys = [...new Set(entries.map((entry) => entry.key))].sort();

function entry(key: string, locale: string): Entry | undefined {
  return entries.find((candidate) => candidate.key === key && candidate.locale === locale);
}

describe('the message catalogue', () => {
  it('has files for every language, and nothing else', () => {
    const locales = [...new Set(entries.map((e) => e.locale))].sort();
    expect(locales, 'languages of the catalogue files').toEqual([...LOCALES].sort());
  });

  it('defines every key in every language', () => {
    const missing = keys.flatMap((key) =>
      LOCALES.filter((locale) => !entry(key, locale)).map((locale) => `${key}: missing in ${locale}`),
    );
    expect(missing, 'keys missing in a language').toEqual([]);
  });

  it('defines each key in the same area in every language', () => {
    const misplaced = keys.flatMap((key) => {
      const folders = new Set(
        entries.filter((e) => e.key === key).map((e) => e.file.slice(0, e.file.lastIndexOf('/'))),
      );
      return folders.size > 1 ? [`${key}: in ${[...folders].join(' and ')}`] : [];
    });
    expect(misplaced, 'keys whose languages live in different areas').toEqual([]);
  });

  it('defines no key twice', () => {
    const twice = keys.flatMap((key) =>
      LOCALES.flatMap((locale) => {
        const files = entries.filter((e) => e.key === key && e.locale === locale).map((e) => e.file);
        return files.length > 1 ? [`${key} (${locale}): ${files.join(', ')}`] : [];
      }),
    );
    expect(twice, 'keys defined in more than one file').toEqual([]);
  });

  it('gives each key the same inputs in every language', () => {
    const mismatched = keys.flatMap((key) => {
      const [base, ...others] = LOCALES.map((locale) => entry(key, locale));
      if (!base) return [];
      return others.flatMap((other) => {
        if (!other) return [];
        const [a, b] = [inputsOf(base.message), inputsOf(other.message)];
        return a.join(',') === b.join(',')
          ? []
          : [`${key}: ${base.locale} takes {${a.join(', ')}}, ${other.locale} takes {${b.join(', ')}}`];
      });
    });
    expect(mismatched, 'keys whose languages take different inputs').toEqual([]);
  });

  it('writes every message well: declared placeholders, no stray braces, a catch-all variant', () => {
    const flawed = entries.flatMap((e) => flawsOf(e.message).map((flaw) => `${e.key} (${e.locale}): ${flaw}`));
    expect(flawed, 'malformed messages').toEqual([]);
  });

  it('uses every key in src/, by name or by the vocabulary convention', () => {
    const used = namesUsedInSources();
    const byConvention = vocabularyKeys();
    const unused = keys.filter((key) => !used.has(key) && !byConvention.has(key));
    expect(unused, 'keys that nothing in src/ uses').toEqual([]);
  });

  it('has a message for every key the vocabulary convention builds', () => {
    const absent = [...vocabularyKeys()].filter((key) => !keys.includes(key));
    expect(absent, 'vocabulary keys missing from the catalogue').toEqual([]);
  });
});
