/**
 * Reading review pages back in the tests: their sections, their GFM tables as markdown-it (a CommonMark + GFM
 * tables parser) reads them, and their Mermaid graph. Not a test file: jest runs it through the tests that import it.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt();

/** The text of `## title` up to the next `## ` heading. */
export function section(page: string, title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section '## ${title}' in the page`);
  const next = page.indexOf('\n## ', start + 4);
  return page.slice(start + 1, next < 0 ? undefined : next + 1);
}

/** The body of the page's one ```mermaid block. */
export function mermaidOf(page: string): string {
  const blocks = [...page.matchAll(/```mermaid\n([\s\S]*?)\n```/g)];
  if (blocks.length !== 1) throw new Error(`expected one mermaid block, found ${blocks.length}`);
  return blocks[0][1];
}

/** A table as markdown-it parses it: the header cells and the rows' cells, as their inline Markdown source. */
export interface ParsedTable {
  readonly header: string[];
  readonly rows: string[][];
  /** The source lines of the table, header first (from markdown-it's line map). */
  readonly lines: string[];
}

/** Every GFM table of the Markdown, in order. */
export function tablesOf(markdown: string): ParsedTable[] {
  const tokens = md.parse(markdown, {});
  const source = markdown.split('\n');
  const out: ParsedTable[] = [];
  let current: { header: string[]; rows: string[][]; lines: string[] } | undefined;
  let row: string[] | undefined;
  let inHead = false;
  for (const t of tokens) {
    if (t.type === 'table_open') current = { header: [], rows: [], lines: source.slice(t.map![0], t.map![1]) };
    else if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && current && row) {
      if (inHead) current.header = row; else current.rows.push(row);
      row = undefined;
    } else if (t.type === 'inline' && row) row.push(t.content);
    else if (t.type === 'table_close' && current) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}

/** The cells of a table line as written: split at pipes that are not escaped, without the outer ones. */
export function sourceCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The table of a section whose header starts with `first`. */
export function tableIn(markdown: string, first: string): ParsedTable {
  const t = tablesOf(markdown).find((x) => x.header[0] === first);
  if (!t) throw new Error(`no table with first column '${first}' in:\n${markdown}`);
  return t;
}
