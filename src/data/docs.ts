/**
 * Generates the column reference in data/README.md from schema.ts (between the
 * GENERATED markers), so the documentation cannot drift from what the validator enforces.
 */
import { tables, TABLE_NAMES, CROSS_FIELD_RULES, type FieldSpec } from './schema.ts';

export const START = '<!-- GENERATED: column reference (npm run data:descriptor) -->';
export const END = '<!-- END GENERATED -->';

function allowed(s: FieldSpec): string {
  if (s.enum) return s.enum.map((e) => `\`${e}\``).join(', ');
  if (s.ref) return `id from \`${s.ref}.csv\``;
  if (s.patternHint) return s.patternHint;
  if (s.type === 'integer') return `whole number${s.minimum !== undefined ? ` ≥ ${s.minimum}` : ''}`;
  if (s.type === 'number') {
    if (s.minimum === undefined) return 'number';
    return s.maximum === undefined ? `number ≥ ${s.minimum}` : `number from ${s.minimum} to ${s.maximum}`;
  }
  if (s.type === 'url') return 'http(s) address';
  return 'text';
}

export function columnReference(): string {
  const out: string[] = [];
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    out.push(`### \`${name}.csv\`: ${t.title}\n\n${t.description}\n`);
    out.push('| column | required | allowed values | meaning |', '|---|---|---|---|');
    for (const [col, s] of Object.entries(t.fields as Record<string, FieldSpec>)) {
      const list = s.list ? ' (list, `;`-separated)' : '';
      out.push(
        `| \`${col}\` | ${s.required ? 'yes' : 'no'} | ${allowed(s)}${list} | ${s.description.replaceAll('|', '\\|')} |`,
      );
    }
    out.push('');
  }
  out.push('### Rules across columns\n', ...CROSS_FIELD_RULES.map((r) => `- ${r}`), '');
  return `${START}\n\n${out.join('\n')}\n${END}`;
}

/** Whether a README has the two markers of the generated part, once each and in order. */
export function readmeMarkers(readme: string): 'ok' | 'none' | 'broken' {
  const count = (m: string) => readme.split(m).length - 1;
  const a = count(START);
  const b = count(END);
  if (a === 0 && b === 0) return 'none';
  return a === 1 && b === 1 && readme.indexOf(START) < readme.indexOf(END) ? 'ok' : 'broken';
}

export function updateReadme(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error(`data/README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, a) + columnReference() + readme.slice(b + END.length);
}

/**
 * What `npm run data:descriptor` writes to data/README.md: the column reference regenerated between
 * the markers; appended under a heading when the file has no markers; a short README when there is none.
 * Throws when only one marker is there, or they are out of order (a person must look at it).
 */
export function writeReadme(readme: string | undefined): string {
  if (readme === undefined)
    return `# The data package\n\nThe tables of this folder, what each column holds and the rules the build checks.\n\n## Tables and columns\n\n${columnReference()}\n`;
  const markers = readmeMarkers(readme);
  if (markers === 'none') return `${readme.trimEnd()}\n\n## Tables and columns\n\n${columnReference()}\n`;
  if (markers === 'broken')
    throw new Error(
      `data/README.md must have the lines ${START} and ${END} once each, in this order; fix them by hand`,
    );
  return updateReadme(readme);
}
