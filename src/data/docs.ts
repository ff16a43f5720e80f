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
  if (s.type === 'number') return `number${s.minimum !== undefined ? ` from ${s.minimum} to ${s.maximum}` : ''}`;
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
      out.push(`| \`${col}\` | ${s.required ? 'yes' : 'no'} | ${allowed(s)}${list} | ${s.description.replaceAll('|', '\\|')} |`);
    }
    out.push('');
  }
  out.push('### Rules across columns\n', ...CROSS_FIELD_RULES.map((r) => `- ${r}`), '');
  return `${START}\n\n${out.join('\n')}\n${END}`;
}

export function updateReadme(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error(`data/README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, a) + columnReference() + readme.slice(b + END.length);
}
