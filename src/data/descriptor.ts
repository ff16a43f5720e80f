/**
 * Builds data/datapackage.json (Frictionless Data Package v1 with Table Schemas) from
 * `schema.ts` and the site config, so that a newsroom's own tools (frictionless, csvkit, Open Data Editor) can read
 * and validate the same rules the build enforces. Generated, never edited by hand:
 * `npm run data:descriptor` writes it; a unit test fails when the committed file is stale.
 */
import { loadSiteConfig, type SiteConfig } from '../config/site.ts';
import { tables, TABLE_NAMES, type FieldSpec } from './schema.ts';

/**
 * The descriptor of the data package at `version`. Its name, title, description and licence are the site config's
 * `dataPackage` (site.config.json), so that a fork renames and relicenses its data where it brands the site; by
 * default the config the build reads (SITE_CONFIG, else site.config.json).
 */
export function buildDescriptor(
  version: string,
  versionDate: string,
  meta: SiteConfig['dataPackage'] = loadSiteConfig().dataPackage,
) {
  return {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    version,
    created: `${versionDate}T00:00:00Z`,
    licenses: [{ name: meta.license.name, title: meta.license.title, path: meta.license.path }],
    resources: TABLE_NAMES.map((name) => {
      const t = tables[name];
      const specs = Object.entries(t.fields as Record<string, FieldSpec>);
      const foreignKeys = specs
        .filter(([, s]) => s.ref && !s.list) // Table Schema keys cannot express ';' lists; those are checked by the validator.
        .map(([col, s]) => ({ fields: col, reference: { resource: s.ref, fields: 'id' } }));
      return {
        name,
        path: `${name}.csv`,
        profile: 'tabular-data-resource',
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: specs.map(([col, s]) => fieldDescriptor(col, s)),
          primaryKey: 'id',
          ...(foreignKeys.length ? { foreignKeys } : {}),
          missingValues: [''],
        },
      };
    }),
  };
}

function fieldDescriptor(name: string, s: FieldSpec) {
  // Partial dates (YYYY, YYYY-MM) are not Frictionless `date`s: describe them as patterned strings.
  const type = s.list || s.type === 'date' || s.type === 'url' ? 'string' : s.type;
  const constraints: Record<string, unknown> = {};
  if (s.required) constraints.required = true;
  if (name === 'id') constraints.unique = true;
  const item = s.pattern ? s.pattern.source.replace(/^\^|\$$/g, '') : undefined;
  if (s.enum) {
    if (s.list) constraints.pattern = `(${s.enum.join('|')})(;(${s.enum.join('|')}))*`;
    else constraints.enum = [...s.enum];
  } else if (item) constraints.pattern = s.list ? `${item}(;${item})*` : item;
  else if (s.type === 'url') constraints.pattern = 'https?://.+';
  if (s.minimum !== undefined) constraints.minimum = s.minimum;
  if (s.maximum !== undefined) constraints.maximum = s.maximum;
  return {
    name,
    type,
    ...(s.type === 'url' ? { format: 'uri' } : {}),
    description: s.description,
    ...(s.example ? { example: s.example } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
