/**
 * Three CSV tables for spreadsheets and Gephi's spreadsheet import: nodes, edges (Gephi's
 * column names) and one row per evidence quote. UTF-8 with a byte order mark so that Excel
 * shows accents, RFC 4180 quoting, CRLF line ends, and no cell that a spreadsheet would run
 * as a formula.
 */
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { ALIAS_SEPARATOR, attributeColumns, formatAttributeValue } from './attributes';
import { slugify, type ExportedFile } from './exported-file';
import { citedSourcesText, indexDocuments, isDirected, relationTypeLabel } from './relation-info';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const CSV_MIME = 'text/csv;charset=utf-8';

/** A plain number is safe even with a leading minus; anything else starting like a formula is not. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: defused with a leading apostrophe when a spreadsheet would read it as a
 * formula (OWASP's advice), then quoted when it holds a comma, quote or line break.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(header: string[], rows: (string | undefined)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + CRLF).join('');
}

function nodesTable(network: Network): string {
  const header = ['Id', 'Label', 'Kind', 'Country', 'Aliases', 'Description'];
  const custom = attributeColumns(network.actors, header);
  const row = (a: NetworkActor) => [
    a.id,
    a.label,
    a.kind,
    a.country,
    a.aliases.join(ALIAS_SEPARATOR),
    a.description,
    ...custom.map((c) => formatAttributeValue(a.attributes?.[c.key])),
  ];
  return csvTable([...header, ...custom.map((c) => c.name)], network.actors.map(row));
}

function edgesTable(network: Network): string {
  const documents = indexDocuments(network.documents);
  const header = [
    'Id',
    'Source',
    'Target',
    'Type',
    'Relation',
    'Label',
    'Date',
    'Start',
    'End',
    'Summary',
    'Weight',
    'Sources',
  ];
  const custom = attributeColumns(network.relations, [...header, 'Kind', 'Interval', 'Timeset']);
  const row = (r: NetworkRelation) => [
    r.id,
    r.source,
    r.target,
    isDirected(r) ? 'Directed' : 'Undirected',
    r.type,
    relationTypeLabel(r.type),
    r.date,
    r.start,
    r.end,
    r.summary,
    formatAttributeValue(r.weight),
    citedSourcesText(r, documents),
    ...custom.map((c) => formatAttributeValue(r.attributes?.[c.key])),
  ];
  return csvTable([...header, ...custom.map((c) => c.name)], network.relations.map(row));
}

function evidenceTable(network: Network): string {
  const documents = indexDocuments(network.documents);
  const header = [
    'Relation',
    'Source',
    'Target',
    'Document',
    'Document title',
    'Publisher',
    'Published',
    'Quote',
    'Claim',
    'Speaker',
  ];
  const rows = network.relations.flatMap((r) =>
    r.evidence.map((e) => {
      const doc = documents.get(e.document);
      return [
        r.id,
        r.source,
        r.target,
        e.document,
        doc?.title,
        doc?.publisher,
        doc?.published,
        e.quote,
        e.claim,
        e.speaker,
      ];
    }),
  );
  return csvTable(header, rows);
}

/** `<slug>-nodes.csv`, `<slug>-edges.csv` and `<slug>-evidence.csv`, in that order. */
export function toCsv(network: Network): ExportedFile[] {
  const slug = slugify(network.name);
  return [
    { name: `${slug}-nodes.csv`, mimeType: CSV_MIME, content: nodesTable(network) },
    { name: `${slug}-edges.csv`, mimeType: CSV_MIME, content: edgesTable(network) },
    { name: `${slug}-evidence.csv`, mimeType: CSV_MIME, content: evidenceTable(network) },
  ];
}
