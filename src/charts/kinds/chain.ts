/**
 * "The chain": who is alleged to run or back what. Groups (organisations.csv rows whose `role` is `scam-group`,
 * named as a person's organisation or a place's operator) sit in the middle; the people linked to them on the left
 * (people.csv organization_ids); the compounds and places they are said to run on the right (places.csv
 * operator_ids). Where the crackdown has cut a link (the person's `status_kind` is one of CUT), the line is broken
 * and the status is written next to the name, dated by `handover_date` for a handover or extradition.
 */
import { STATUS_KINDS, type DataPackage, type Person, type Place } from '../../data/schema.ts';
import type { Translation } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { ChartDataError, type ChartOutput, type KindOptions, type Layout } from '../types.ts';
import { h, n, text, svgRoot, textWidth, wrap } from '../svg.ts';
import { labelMark } from '../marks/labels.ts';
import { shortName, uniq } from '../util.ts';
import { isPhone, svgAtWidths } from '../layout.ts';
import { markAttrs } from '../marks/mark.ts';

/** Statuses that take a person out of the chain (custody, sentence, death): all but being sanctioned or wanted. */
const STILL_ACTIVE: readonly string[] = ['sanctioned', 'wanted'];
export const CUT: ReadonlySet<NonNullable<Person['status_kind']>> = new Set(
  STATUS_KINDS.filter((k) => !STILL_ACTIVE.includes(k)),
);

/** A person's status as the chart labels it, whether it cuts the link, and the date that goes with it. */
export function personStatus(t: Translation, p: Pick<Person, 'status_kind' | 'status_date' | 'handover_date'>) {
  const kind = p.status_kind ?? 'none';
  const moved = kind === 'handed-over' || kind === 'extradited';
  return {
    label: t.charts.chain.status[kind],
    cut: p.status_kind !== undefined && CUT.has(p.status_kind),
    date: moved ? p.handover_date : p.status_date,
  };
}

export function placeStatus(t: Translation, p: Pick<Place, 'status_kind'>): string {
  return p.status_kind ? t.charts.chain.placeStatus[p.status_kind] : '';
}

export interface ChainNode {
  id: string;
  name: string;
  type: 'person' | 'group' | 'place';
  groups: string[];
  status: string;
  statusDate?: string | undefined;
  cut: boolean;
  detail: string;
  sourceIds: string[];
}

export function selectChain(data: DataPackage, locale: string, t: Translation): ChainNode[] {
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const isChain = (id: string) => orgs.get(id)!.role === 'scam-group';
  const people = data.people.filter((p) => p.organization_ids.some(isChain));
  const places = data.places.filter((p) => p.operator_ids.some(isChain));
  if (people.length === 0)
    throw new ChartDataError(
      'chain',
      'people.csv',
      'no person has an organization_ids entry naming an organisation whose role is scam-group (organizations.csv); the chain would be empty.',
    );
  const groupIds = uniq(
    [...people.flatMap((p) => p.organization_ids), ...places.flatMap((p) => p.operator_ids)].filter(isChain),
  );
  const nodes: ChainNode[] = [];
  for (const g of groupIds) {
    const o = orgs.get(g)!;
    nodes.push({
      id: g,
      name: shortName(o),
      type: 'group',
      groups: [],
      status: o.kind,
      cut: false,
      detail: o.description,
      sourceIds: o.source_ids,
    });
  }
  for (const p of people) {
    const s = personStatus(t, p);
    nodes.push({
      id: p.id,
      name: shortName(p),
      type: 'person',
      groups: p.organization_ids.filter(isChain),
      status: s.label,
      statusDate: s.date,
      cut: s.cut,
      detail: t.charts.chain.detail(p.role, p.status, p.status_date && formatDate(p.status_date, locale)),
      sourceIds: p.source_ids,
    });
  }
  for (const p of places) {
    nodes.push({
      id: p.id,
      name: shortName(p),
      type: 'place',
      groups: p.operator_ids.filter(isChain),
      status: placeStatus(t, p),
      cut: p.status_kind === 'raided-or-seized',
      detail: `${p.kind}${p.status ? `: ${p.status}` : ''}`,
      sourceIds: p.source_ids,
    });
  }
  return nodes;
}

export interface ChainLayout {
  width: number;
  height: number;
  groups: { id: string; name: string[]; x: number; y: number; w: number; h: number; tip: string }[];
  nodes: {
    id: string;
    type: 'person' | 'place';
    x: number;
    y: number;
    name: string;
    status: string;
    cut: boolean;
    anchor: 'start' | 'end';
    tip: string;
    wrap?: boolean;
  }[];
  links: { d: string; cut: boolean; key: string; gapX?: number; gapY?: number }[];
  colHeads: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
}

function order(nodes: ChainNode[]): ChainNode[] {
  const groups = nodes.filter((n) => n.type === 'group');
  const size = (g: ChainNode) => nodes.filter((n) => n.groups[0] === g.id).length;
  return groups.sort((a, b) => size(b) - size(a) || a.name.localeCompare(b.name));
}

export function computeChain(all: ChainNode[], width: number, t: Translation): ChainLayout {
  const phone = isPhone(width);
  const groups = order(all);
  const out: ChainLayout = { width, height: 0, groups: [], nodes: [], links: [], colHeads: [] };
  const tipOf = (n: ChainNode) => `${n.name}: ${n.detail}`;
  const statusText = (n: ChainNode) =>
    n.status ? `${n.status}${n.statusDate && n.type === 'person' ? ` ${n.statusDate.slice(0, 4)}` : ''}` : '';
  if (phone) {
    let y = 8;
    for (const g of groups) {
      const name = wrap(g.name, width - 12, 14);
      out.groups.push({ id: g.id, name, x: 4, y, w: width - 8, h: name.length * 17 + 6, tip: tipOf(g) });
      const top = y + name.length * 17 + 6;
      y = top + 4;
      const members = all.filter((n) => n.type !== 'group' && n.groups[0] === g.id);
      let prev = y - 10;
      for (const m of members) {
        // Status on its own line when name and status would not fit on one.
        const wrapStatus = textWidth(`${m.name} · ${statusText(m)}`, 12.5) > width - 34;
        y += 22;
        out.nodes.push({
          id: m.id,
          type: m.type as 'person' | 'place',
          x: 20,
          y: y - 5,
          name: m.name,
          status: statusText(m),
          cut: m.cut,
          anchor: 'start',
          tip: tipOf(m),
          wrap: wrapStatus,
        });
        out.links.push({ d: `M10,${n(prev)}V${n(y - 5)}H14`, cut: m.cut, key: `${g.id}-${m.id}` });
        prev = y - 5;
        if (wrapStatus) y += 15;
      }
      y += 18;
    }
    out.height = y;
    return out;
  }
  const px = 222; // people nodes
  const gx0 = 290;
  const gw = 150;
  const plx = 478; // place nodes
  const pitch = 30;
  const lines = (m: ChainNode) => (m.type === 'place' ? wrap(m.name, width - plx - 14, 12.5).length - 1 : 0);
  out.colHeads = [
    { x: px, label: t.charts.chain.colPeople, anchor: 'end' },
    { x: gx0 + gw / 2, label: t.charts.chain.colGroups, anchor: 'middle' },
    { x: plx, label: t.charts.chain.colPlaces, anchor: 'start' },
  ];
  let y = 34;
  const groupY = new Map<string, number>();
  for (const g of groups) {
    const ppl = all.filter((n) => n.type === 'person' && n.groups[0] === g.id);
    const pls = all.filter((n) => n.type === 'place' && n.groups[0] === g.id);
    const name = wrap(g.name, gw - 16, 13);
    const rowsN = Math.max(ppl.length, pls.length + pls.reduce((s, m) => s + lines(m) * 0.5, 0), 1);
    const bandH = Math.max(rowsN * pitch, name.length * 16 + 12);
    const cy = y + bandH / 2;
    groupY.set(g.id, cy);
    out.groups.push({
      id: g.id,
      name,
      x: gx0,
      y: cy - (name.length * 16 + 8) / 2,
      w: gw,
      h: name.length * 16 + 8,
      tip: tipOf(g),
    });
    const place = (list: ChainNode[], x: number, anchor: 'start' | 'end') =>
      list.forEach((m, i) => {
        const step = Math.max(pitch, bandH / list.length);
        const ny = y + (bandH - list.length * step) / 2 + step * (i + 0.5);
        out.nodes.push({
          id: m.id,
          type: m.type as 'person' | 'place',
          x,
          y: ny,
          name: m.name,
          status: statusText(m),
          cut: m.cut,
          anchor,
          tip: tipOf(m),
        });
      });
    place(ppl, px, 'end');
    place(pls, plx, 'start');
    y += bandH + 14;
  }
  // Links: person → each of their groups, group → each place it runs.
  for (const nd of out.nodes) {
    const src = all.find((a) => a.id === nd.id)!;
    for (const g of src.groups) {
      const gy = groupY.get(g)!;
      if (nd.type === 'person') {
        const x1 = nd.x + 6;
        const x2 = gx0;
        out.links.push({
          d: `M${n(x1)},${n(nd.y)}C${n((x1 + x2) / 2)},${n(nd.y)} ${n((x1 + x2) / 2)},${n(gy)} ${n(x2)},${n(gy)}`,
          cut: nd.cut,
          key: `${nd.id}-${g}`,
          gapX: (x1 + x2) / 2,
          gapY: (nd.y + gy) / 2,
        });
      } else {
        const x1 = gx0 + gw;
        const x2 = nd.x - 6;
        out.links.push({
          d: `M${n(x1)},${n(gy)}C${n((x1 + x2) / 2)},${n(gy)} ${n((x1 + x2) / 2)},${n(nd.y)} ${n(x2)},${n(nd.y)}`,
          cut: nd.cut,
          key: `${g}-${nd.id}`,
          gapX: (x1 + x2) / 2,
          gapY: (nd.y + gy) / 2,
        });
      }
    }
  }
  out.height = y + 4;
  return out;
}

export function renderChain(L: ChainLayout, layout: Layout): string {
  const phone = layout === 'phone';
  const heads = L.colHeads.map((c) =>
    h('text', { x: c.x, y: 16, 'text-anchor': c.anchor, class: 'c-axis c-axis--head' }, text(c.label)),
  );
  const links = L.links.map((l) =>
    h(
      'g',
      { class: `c-link${l.cut ? ' c-link--cut' : ''}` },
      h('path', { d: l.d, class: 'c-link__line' }),
      // The cut: a short bar across the broken link, half-way.
      l.cut && l.gapX !== undefined
        ? h('path', { d: `M${n(l.gapX - 3)},${n(l.gapY! + 7)}L${n(l.gapX + 3)},${n(l.gapY! - 7)}`, class: 'c-cut' })
        : '',
    ),
  );
  const groups = L.groups.map((g) =>
    h(
      'g',
      markAttrs({ key: g.id, ids: [g.id], tip: g.tip }, 'c-mark c-group'),
      phone ? '' : h('rect', { x: g.x, y: g.y, width: g.w, height: g.h, rx: 3, class: 'c-group__box' }),
      labelMark(g.name, {
        x: phone ? g.x : g.x + g.w / 2,
        y: g.y + (phone ? 14 : 17),
        'text-anchor': phone ? 'start' : 'middle',
        class: 'c-head',
      }),
    ),
  );
  const nodes = L.nodes.map((nd) => {
    const dx = nd.anchor === 'end' ? -10 : 10;
    const shape =
      nd.type === 'person'
        ? h('circle', { cx: nd.x, cy: nd.y, r: 5.5, class: `c-node c-node--person${nd.cut ? ' is-cut' : ''}` })
        : h('rect', {
            x: nd.x - 5,
            y: nd.y - 5,
            width: 10,
            height: 10,
            class: `c-node c-node--place${nd.cut ? ' is-cut' : ''}`,
          });
    return h(
      'g',
      markAttrs({ key: nd.id, ids: [nd.id], tip: nd.tip }),
      shape,
      phone
        ? h(
            'text',
            { x: nd.x + dx, y: nd.y + 4.5, class: 'c-label' },
            text(nd.name),
            nd.status
              ? h(
                  'tspan',
                  { class: nd.cut ? 'c-status is-cut' : 'c-status', ...(nd.wrap ? { x: nd.x + dx, dy: '1.2em' } : {}) },
                  text(nd.wrap ? nd.status : ` · ${nd.status}`),
                )
              : '',
          )
        : h(
            'text',
            { x: nd.x + dx, y: nd.y - 1, 'text-anchor': nd.anchor, class: 'c-label' },
            wrap(nd.name, nd.anchor === 'start' ? L.width - nd.x - 14 : nd.x - 14, 12.5).map((l, i) =>
              h('tspan', { x: nd.x + dx, dy: i === 0 ? undefined : '1.15em' }, text(l)),
            ),
            nd.status
              ? h(
                  'tspan',
                  { x: nd.x + dx, dy: '1.15em', class: nd.cut ? 'c-status is-cut' : 'c-status' },
                  text(nd.status),
                )
              : '',
          ),
    );
  });
  return svgRoot(L.width, L.height, [...heads, ...links, ...groups, ...nodes]);
}

export function chain(data: DataPackage, opts: KindOptions): ChartOutput {
  const { locale, t } = opts;
  const w = t.charts.chain;
  const nodes = selectChain(data, locale, t);
  const people = nodes.filter((n) => n.type === 'person');
  const cut = people.filter((p) => p.cut);
  const executed = people.filter((p) => p.status === w.status.executed);
  const groups = nodes.filter((n) => n.type === 'group');
  const places = nodes.filter((n) => n.type === 'place');
  const nf = (k: number) => new Intl.NumberFormat(locale).format(k);
  return {
    id: 'chain',
    title: w.title,
    takeaway: w.takeaway(nf(people.length), nf(groups.length), nf(cut.length), nf(executed.length)),
    description: w.description(nf(groups.length), nf(people.length), nf(places.length)),
    sourceIds: uniq(nodes.flatMap((n) => n.sourceIds)),
    csv: {
      header: ['id', 'type', 'name', 'connected_to', 'status', 'status_date', 'cut', 'source_ids'],
      rows: nodes.map((n) => ({
        id: n.id,
        type: n.type,
        name: n.name,
        connected_to: n.groups.join(';'),
        status: n.status,
        status_date: n.statusDate ?? '',
        cut: n.cut ? 'yes' : 'no',
        source_ids: n.sourceIds.join(';'),
      })),
    },
    table: {
      columns: [...w.columns],
      rows: groups.flatMap((g) =>
        nodes
          .filter((n) => n.type !== 'group' && n.groups.includes(g.id))
          .map((n) => [
            g.name,
            n.name,
            w.kind[n.type as 'person' | 'place'],
            n.status ? `${n.status}${n.statusDate ? `, ${formatDate(n.statusDate, locale)}` : ''}` : w.noneRecorded,
          ]),
      ),
    },
    svg: svgAtWidths((width) => computeChain(nodes, width, t), renderChain),
    highlights: [],
    notes: [w.note],
  };
}
