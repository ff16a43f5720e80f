import { describe, expect, it } from 'vitest';
import { buildFeatures, dateNum, dateNumEnd } from '../../../src/map/features.ts';
import { inWindow, resolveMapState, stateAttributes, visibleFeatures } from '../../../src/map/state.ts';
import { describeChange, describeState } from '../../../src/map/describe.ts';
import { strings, type Translation } from '../../../src/i18n/index.ts';
import { fixture } from './fixture.ts';

const features = buildFeatures(fixture);
const routeDates = new Map(fixture.routes.map((r) => [r.id, dateNum(r.date)]));
const moei = { kind: 'map' as const, view: { bbox: [98.3, 16.4, 98.8, 17.0] as [number, number, number, number] } };
const region = { kind: 'map' as const, view: { bbox: [95, 9, 122, 35] as [number, number, number, number] } };

describe('features from data', () => {
  it('never draws a place without coordinates, and says which routes it skipped', () => {
    const ids = [...features.compounds.features, ...features.places.features].map((f) => f.properties.id);
    expect(ids).not.toContain('china');
    expect(features.unplacedRoutes).toEqual(['rt-china']);
    expect(features.routes.features.map((r) => r.properties.id)).toEqual(['rt-she']);
    expect(features.unplacedEvents).toEqual(['sanction-2025']);
  });

  it('keeps coordinate precision, and puts compounds on their own layer', () => {
    const kk = features.compounds.features.find((f) => f.properties.id === 'kk-park')!;
    expect(kk.properties.precision).toBe('site');
    expect(features.compounds.features.find((f) => f.properties.id === 'shwe-kokko')!.properties.precision).toBe(
      'approx',
    );
    expect(features.places.features.map((f) => f.properties.id)).toEqual(['myawaddy', 'bangkok', 'nanjing']);
  });

  it('turns partial dates into comparable numbers', () => {
    expect(dateNum('2025-10-20')).toBe(20251020);
    expect(dateNum('2025-02')).toBe(20250201);
    expect(dateNumEnd('2025-02')).toBe(20250228);
    expect(dateNumEnd('2024-02')).toBe(20240229);
    expect(dateNumEnd('2025')).toBe(20251231);
  });
});

describe('step -> map state', () => {
  it('defaults to every layer, all dates, no highlight', () => {
    const s = resolveMapState(moei);
    expect(s.layers).toEqual(['compounds', 'places', 'events', 'routes']);
    expect(s.dates).toBeNull();
    expect(stateAttributes(s)).toEqual({
      layers: 'compounds places events routes',
      dates: 'all',
      highlight: '',
      bbox: '98.3,16.4,98.8,17',
    });
  });

  it('orders layers, sorts highlights and resolves a month window to whole days', () => {
    const s = resolveMapState({
      ...moei,
      layers: ['events', 'compounds'],
      highlight: ['shwe-kokko', 'kk-park'],
      dates: ['2025-01', '2025-10'],
    });
    expect(s.layers).toEqual(['compounds', 'events']);
    expect(s.highlight).toEqual(['kk-park', 'shwe-kokko']);
    expect(s.dates).toEqual([20250101, 20251031]);
  });

  it('refuses states it cannot draw, saying why', () => {
    expect(() => resolveMapState({ kind: 'map', view: {} })).toThrow(/bbox, or a center and a zoom/);
    expect(() => resolveMapState({ kind: 'map', view: { bbox: [10, 0, 5, 1] } })).toThrow(/west < east/);
    expect(() => resolveMapState({ ...moei, dates: ['2025-05-01', '2025-01-01'] })).toThrow(/ends before it starts/);
    expect(() => resolveMapState({ ...moei, layers: ['tiles' as 'places'] })).toThrow(/unknown layer "tiles"/);
  });

  it('accepts centre and zoom instead of a bbox', () => {
    const s = resolveMapState({ kind: 'map', view: { center: [98.55, 16.7], zoom: 8 } });
    expect(s.bbox[0]).toBeLessThan(98.55);
    expect(s.bbox[2]).toBeGreaterThan(98.55);
  });

  it('shows places from their first report on, events and routes only inside the window', () => {
    const w: [number, number] = [20250101, 20250630];
    expect(inWindow('compounds', 20200101, w)).toBe(true);
    expect(inWindow('compounds', 20260101, w)).toBe(false);
    expect(inWindow('events', 20241231, w)).toBe(false);
    expect(inWindow('events', 20250201, w)).toBe(true);
    expect(inWindow('routes', 0, w)).toBe(true);
  });

  it('selects what a step shows: view, layers, dates', () => {
    const all = visibleFeatures(resolveMapState(moei), features, routeDates);
    expect(all.compounds.map((c) => c.id)).toEqual(['kk-park', 'shwe-kokko']);
    expect(all.events.map((e) => e.id).sort()).toEqual(['cutoff-2025-02', 'raid-2025-10']);
    expect(all.routes).toEqual([]); // Bangkok-Nanjing is outside the Moei frame
    const spring = visibleFeatures(
      resolveMapState({ ...moei, dates: ['2025-01-01', '2025-06-30'] }),
      features,
      routeDates,
    );
    expect(spring.events.map((e) => e.id)).toEqual(['cutoff-2025-02']);
    expect(spring.unplacedRoutes).toBe(1);
    const wide = visibleFeatures(resolveMapState({ ...region, layers: ['routes'] }), features, routeDates);
    expect(wide.routes.map((r) => r.id)).toEqual(['rt-she']);
    expect(wide.compounds).toEqual([]);
  });
});

describe('text alternatives', () => {
  const names = new Map([['kk-park', 'KK Park']]);

  it('describes a step from its data: countries, counts by kind, window, precision, highlight', () => {
    const s = resolveMapState({ ...moei, highlight: ['kk-park'], dates: ['2025-01-01', '2025-12-31'] });
    const text = describeState(s, visibleFeatures(s, features, routeDates), 'en-GB', names);
    // The whole text, sentence by sentence: the country by the story's own name (vocab.countries: "Myanmar", not
    // CLDR's "Myanmar (Burma)"), and the list words of the translation table.
    expect(text.split(/(?<=\.) /)).toEqual([
      'Map of Myanmar, showing what happened from 1 January 2025 to 31 December 2025.',
      '2 compounds or scam hubs: KK Park (exact site) and Shwe Kokko (approximate position).',
      '2 dated events: 1 cut-off and 1 raid.',
      'No routes in this view and period.',
      '1 further route in this period is not drawn because an end has no coordinates (for example a destination given only as “China”).',
      'Labelled places: Myawaddy.',
      'Highlighted: KK Park.',
    ]);
  });

  it('takes its words from the translation table it is given', () => {
    const en = strings('en');
    const t: Translation = { ...en, vocab: { ...en.vocab, countries: { ...en.vocab.countries, MM: 'Burma' } } };
    const s = resolveMapState(moei);
    expect(describeState(s, visibleFeatures(s, features, routeDates), 'en-GB', names, t)).toMatch(/^Map of Burma\. /);
  });

  it('describes a route with its direction, date and count', () => {
    const s = resolveMapState({ ...region, layers: ['routes'] });
    const text = describeState(s, visibleFeatures(s, features, routeDates), 'en-GB');
    expect(text).toContain('1 route: She Zhijiang, extradition from Bangkok to Nanjing on 12 November 2025 (1 person)');
  });

  it('says what changed since the previous step', () => {
    const a = resolveMapState({ ...region, layers: ['routes'] });
    const b = resolveMapState({ ...moei, dates: ['2025-01-01', '2025-06-30'] });
    const change = describeChange(a, visibleFeatures(a, features), b, visibleFeatures(b, features), 'en-GB');
    expect(change).toBe(
      'Changed since the previous step: zoomed in; 2 more compounds; 1 more event; 1 fewer route; period now 1 January 2025 to 30 June 2025.',
    );
    expect(describeChange(a, visibleFeatures(a, features), a, visibleFeatures(a, features), 'en-GB')).toBe('');
  });
});
