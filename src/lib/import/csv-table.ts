/**
 * Reading one CSV or TSV file into a header and rows with papaparse, keeping each row's real
 * line number in the file (a quoted field may span several lines, so the row index is not
 * the line). Tolerates a byte order mark and comma, semicolon or tab separators.
 */
import Papa from 'papaparse';
import { msg, type Message, type MessageKey } from '../i18n/messages';
import { extensionOf, stripBom, type InputFile } from './types';

/** One record of a table, with the line it starts on. */
export interface CsvRow {
  /** Line in the file where the row starts, from 1. */
  line: number;
  cells: string[];
}

/** A parsed table, with what is wrong with it or was changed. */
export interface CsvTable {
  file: string;
  /** Column names as the file writes them, trimmed. */
  header: string[];
  rows: CsvRow[];
  problems: Message[];
  warnings: Message[];
}

const QUOTE_PROBLEMS: Record<string, MessageKey> = {
  MissingQuotes: 'csv_unclosed_quote',
  InvalidQuotes: 'csv_stray_quote',
};

/** Lines named one by one in a warning before the rest are only counted. */
const NAMED_LINES = 5;

/** The warning for rows longer than the header, naming a few lines and counting the rest. */
function extraValuesWarning(file: string, lines: number[]): Message {
  const shown = lines.slice(0, NAMED_LINES).join(', ');
  const more = lines.length - NAMED_LINES;
  if (more > 0) return msg('csv_extra_values_more', { file, lines: shown, more });
  return msg('csv_extra_values', { file, lines: shown, count: lines.length });
}

/** Parses a delimited text file. Never throws. */
export function parseCsvTable(file: InputFile): CsvTable {
  // One file may mix Windows (\r\n), Unix (\n) and old Mac (\r) line ends; papaparse
  // guesses one for the whole file, so they are made one before it reads.
  const text = stripBom(file.text).replace(/\r\n?/g, '\n');
  const table: CsvTable = { file: file.name, header: [], rows: [], problems: [], warnings: [] };
  const forceTab = extensionOf(file.name) === 'tsv';
  let previousCursor = 0;
  let scanned = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    delimiter: forceTab ? '\t' : '',
    delimitersToGuess: [',', ';', '\t', '|'],
    step(results) {
      // The row starts after the previous row's cursor, past the line breaks of any empty lines.
      let start = previousCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      for (; scanned < start; scanned++) if (text.charCodeAt(scanned) === 10) line++;
      previousCursor = results.meta.cursor;
      for (const error of results.errors) {
        const key = QUOTE_PROBLEMS[error.code];
        if (key) table.problems.push(msg(key, { file: file.name, line }));
      }
      table.rows.push({ line, cells: results.data });
    },
  });
  const first = table.rows.shift();
  table.header = first ? first.cells.map((cell) => cell.trim()) : [];

  const longRows = table.rows.filter((row) => row.cells.length > table.header.length).map((row) => row.line);
  if (longRows.length > 0) table.warnings.push(extraValuesWarning(file.name, longRows));
  // Rows of nothing but separators (",,,") are blank lines to a reader.
  table.rows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return table;
}

/**
 * Column positions by lower-case name; the first of two columns with one name wins and the
 * other is reported.
 */
export function columnIndex(table: CsvTable): Map<string, number> {
  const columns = new Map<string, number>();
  table.header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (columns.has(key)) {
      table.warnings.push(msg('csv_duplicate_column', { file: table.file, column: name }));
    } else if (key !== '') {
      columns.set(key, index);
    }
  });
  return columns;
}
