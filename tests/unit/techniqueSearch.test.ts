import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Technique } from '../../src/content/schema';
import { techniques } from '../../src/content/techniques';
import {
  createTechniqueSearch,
  foldQuery,
  matchesFilters,
  searchTechniques,
  splitMarked,
  type TechniqueFilters,
} from '../../src/features/techniques/search';
import { readFilters, withoutFilters, withParam } from '../../src/features/techniques/filterParams';
import { renderApp } from './renderApp';

const firstId = (query: string, filters?: TechniqueFilters) =>
  searchTechniques(query, filters)[0]?.technique.id;
const ids = (query: string, filters?: TechniqueFilters) =>
  searchTechniques(query, filters).map((h) => h.technique.id);
const byId = (id: string) => {
  const t = techniques.find((x) => x.id === id);
  if (!t) throw new Error(`no technique ${id} in the library`);
  return t;
};

describe('technique search on the real library', () => {
  it('has techniques and styles to search', () => {
    expect(techniques.some((t) => t.kind === 'technique')).toBe(true);
    expect(techniques.some((t) => t.kind === 'style')).toBe(true);
  });

  describe.each(techniques.map((t) => [t.id, t] as const))('%s', (_id, technique) => {
    it('is found first by its name, in any case', () => {
      expect(firstId(technique.name)).toBe(technique.id);
      expect(firstId(technique.name.toUpperCase())).toBe(technique.id);
      expect(firstId(`  ${technique.name.toLowerCase()} `)).toBe(technique.id);
    });

    it('is found first by each of its aliases', () => {
      for (const alias of technique.aliases) expect(firstId(alias), `alias “${alias}”`).toBe(technique.id);
    });

    it('is still found first with one letter missing from a long name', () => {
      // Drop a letter from the middle of the longest word of the name: a typical slip of the thumb.
      const words = technique.name.split(' ');
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      if (longest.length < 7) return;
      const cut = Math.floor(longest.length / 2);
      const typo = technique.name.replace(longest, longest.slice(0, cut) + longest.slice(cut + 1));
      expect(typo).not.toBe(technique.name);
      expect(firstId(typo)).toBe(technique.id);
    });
  });

  it.each([
    ['petrisage', 'petrissage'],
    ['efleurage', 'effleurage'],
    ['tapotment', 'tapotement'],
    ['kneeding', 'petrissage'],
    ['frictoin', 'friction'],
    ['masage kneading', 'petrissage'],
    ['shaitsu', 'shiatsu'],
    ['vibraton', 'vibration'],
  ])('forgives the typo “%s” and finds %s first', (typo, id) => {
    byId(id);
    expect(firstId(typo)).toBe(id);
  });

  it.each([
    ['kneading', 'petrissage'],
    ['tapping', 'tapotement'],
    ['gliding', 'effleurage'],
    ['stroking', 'effleurage'],
    ['trigger-point hold', 'sustained-pressure'],
    ['trigger point hold', 'sustained-pressure'],
  ])('finds the everyday word “%s” as %s', (word, id) => {
    expect(firstId(word)).toBe(id);
  });

  it('finds every technique whose name or alias contains “thumb”, ranking names that start with it first', () => {
    const found = ids('thumb');
    const expected = techniques
      .filter((t) => [t.name, ...t.aliases].some((w) => /thumb/i.test(w)))
      .map((t) => t.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(byId(found[0]!).name.toLowerCase().startsWith('thumb')).toBe(true);
  });

  it('ranks the exact alias above techniques that merely contain the word', () => {
    const found = ids('kneading');
    const containing = techniques.filter(
      (t) => t.id !== 'petrissage' && /kneading/i.test(t.name + t.aliases.join()),
    );
    expect(containing.length).toBeGreaterThan(0);
    expect(found[0]).toBe('petrissage');
    for (const t of containing) expect(found).toContain(t.id);
  });

  it('ignores accents on the query side', () => {
    expect(firstId('pétrissage')).toBe('petrissage');
    expect(firstId('Effleurâge')).toBe('effleurage');
    expect(firstId('TAPOTÉMENT')).toBe('tapotement');
    // Decomposed input (e + combining acute), as some keyboards send it.
    expect(firstId('pe\u0301trissage')).toBe('petrissage');
  });

  it('ignores accents on the content side and highlights the accented original', () => {
    const accented: Technique = {
      ...byId('petrissage'),
      id: 'accented',
      name: 'Pétrissage à deux mains',
      aliases: ['Pétrissage'],
    };
    const search = createTechniqueSearch([accented, byId('effleurage')]);
    const [hit] = search('petrissage');
    expect(hit?.technique.id).toBe('accented');
    expect(hit?.score).toBe(0);
    expect(splitMarked(hit!.aliases[0]!)).toEqual([{ text: 'Pétrissage', marked: true }]);
    expect(splitMarked(hit!.name)).toEqual([
      { text: 'Pétrissage', marked: true },
      { text: ' à deux mains', marked: false },
    ]);
  });

  it('returns the matched words, whole, for highlighting', () => {
    const [hit] = searchTechniques('kneeding');
    expect(hit?.technique.id).toBe('petrissage');
    const alias = hit!.aliases.find((a) => a.text === 'kneading');
    expect(alias && splitMarked(alias)).toEqual([{ text: 'kneading', marked: true }]);
    expect(hit!.matchedWords).toContain('kneading');
    // Nothing unmatched is marked: the name "Petrissage" does not look like "kneeding".
    expect(hit!.name.spans).toEqual([]);
  });

  it('marks only whole words in a name', () => {
    const hit = searchTechniques('effl').find((h) => h.technique.id === 'forearm-effleurage');
    expect(hit && splitMarked(hit.name)).toEqual([
      { text: 'Forearm ', marked: false },
      { text: 'effleurage', marked: true },
    ]);
  });

  it('falls back to summaries, below names and aliases', () => {
    // A word that is in some summary but in no name or alias.
    const word = 'oil';
    const inSummary = techniques.filter((t) => /\boil\b/i.test(t.summary));
    const inNames = techniques.filter((t) => /\boil\b/i.test([t.name, ...t.aliases].join(' ')));
    expect(inSummary.length).toBeGreaterThan(0);
    expect(inNames).toEqual([]);
    expect(ids(word)).toEqual(expect.arrayContaining(inSummary.map((t) => t.id)));
    expect(searchTechniques(word).every((h) => h.matchedBy === 'summary')).toBe(true);
  });

  it('finds nothing for nonsense', () => {
    expect(searchTechniques('xqzvw')).toEqual([]);
  });

  it('lists everything, alphabetically and unmarked, for an empty query', () => {
    const hits = searchTechniques('   ');
    expect(hits).toHaveLength(techniques.length);
    const names = hits.map((h) => h.technique.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(hits.every((h) => h.matchedWords.length === 0)).toBe(true);
  });

  it('folds queries the same way as content', () => {
    expect(foldQuery('  Heel-of-Hand   Éfflèurage ')).toBe('heel of hand effleurage');
  });
});

describe('technique search: words, in any order and form, from their start', () => {
  it.each(['Swedish', 'swedish', 'Swed', 'swedish massage'])('“%s” finds Swedish massage first', (query) => {
    expect(firstId(query)).toBe('swedish');
    // Vibration only mentions Swedish massage in its summary: still found, but below.
    expect(ids(query)).toContain('vibration');
  });

  it('shows the best match first in the list, even when it is a style', async () => {
    renderApp('/techniques?q=Swedish');
    const styles = await screen.findByRole('list', { name: 'Massage styles' });
    const techniqueList = screen.getByRole('list', { name: 'Techniques' });
    expect(within(techniqueList).getByRole('link', { name: /Vibration/ })).toBeInTheDocument();
    const firstLink = screen
      .getAllByRole('link')
      .find((link) => styles.contains(link) || techniqueList.contains(link));
    expect(firstLink && within(firstLink).getByRole('heading').textContent).toBe('Swedish massage');
    expect(styles.compareDocumentPosition(techniqueList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps techniques first when a technique is the best match', async () => {
    renderApp('/techniques?q=kneading');
    const techniqueList = await screen.findByRole('list', { name: 'Techniques' });
    const styles = screen.getByRole('list', { name: 'Massage styles' });
    expect(techniqueList.compareDocumentPosition(styles) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ['massage ball', 'ball-roll'],
    ['strokes gliding', 'effleurage'],
    ['kneading muscle', 'petrissage'],
    ['circles heel', 'heel-of-hand-effleurage'],
    ['hold knot', 'sustained-pressure'],
    ['towel warm', 'moist-heat'],
  ])('finds “%s” whatever the word order, as %s', (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it.each([
    ['knuckling', 'thumb-knuckle-friction'],
    ['tapped', 'tapotement'],
    ['rubbed', 'friction'],
    ['rolled', 'rolling'],
    ['circling thumbs', 'thumb-circles'],
  ])('finds another form of a word, “%s”, as %s', (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it('finds a word by its stem even where no alias spells it out', () => {
    const knuckle = byId('thumb-knuckle-friction');
    const withoutAlias: Technique = {
      ...knuckle,
      aliases: knuckle.aliases.filter((a) => !/knuckling/i.test(a)),
    };
    const search = createTechniqueSearch([withoutAlias, byId('friction'), byId('petrissage')]);
    expect(search('knuckling').map((h) => h.technique.id)).toEqual(['thumb-knuckle-friction']);
    const [hit] = search('knuckling');
    expect(splitMarked(hit!.name)).toEqual([
      { text: 'Thumb or ', marked: false },
      { text: 'knuckle', marked: true },
      { text: ' friction', marked: false },
    ]);
  });

  it.each(['tapping', 'cupping'])(
    '“%s” finds tapotement, not words that merely end the same way',
    (query) => {
      expect(firstId(query)).toBe('tapotement');
      // “overlapping strokes” (shingles effleurage) and “thumb stripping” contain the letters mid-word.
      expect(ids(query)).not.toContain('shingles-effleurage');
      expect(ids(query)).not.toContain('thumb-strips');
    },
  );

  it('matches a query word at the start of a word only', () => {
    const search = createTechniqueSearch([byId('shingles-effleurage'), byId('thumb-strips')]);
    expect(search('lapping')).toEqual([]);
    expect(search('ripping')).toEqual([]);
    expect(search('overlap')[0]?.technique.id).toBe('shingles-effleurage');
    expect(search('strip')[0]?.technique.id).toBe('thumb-strips');
  });

  it.each(['petrissage kneading', 'kneading petrissage', 'Petrissage, kneading'])(
    'finds a technique when each word of “%s” names it in a different place',
    (query) => {
      expect(firstId(query)).toBe('petrissage');
      const [hit] = searchTechniques(query);
      expect(hit!.matchedWords).toEqual(expect.arrayContaining(['Petrissage', 'kneading']));
    },
  );

  it('still needs every distinctive word to match', () => {
    expect(ids('petrissage xqzvw')).toEqual([]);
    expect(ids('massage xqzvw')).toEqual([]);
    expect(ids('ball kneading')).toEqual([]);
  });

  it('forgives a typo in a short word next to the words it belongs with', () => {
    expect(firstId('knot hod')).toBe('sustained-pressure');
    expect(firstId('moist het')).toBe('moist-heat');
    expect(ids('hod')).toEqual([]);
  });
});

describe('technique filters', () => {
  const cases: [string, TechniqueFilters, (t: Technique) => boolean][] = [
    ['body area: lower back', { area: 'lower-back' }, (t) => t.bodyAreas.includes('lower-back')],
    [
      'body area: upper trapezius',
      { area: 'upper-trapezius' },
      (t) => t.bodyAreas.includes('upper-trapezius'),
    ],
    ['hand or tool: thumbs', { contact: 'thumbs' }, (t) => t.contact.includes('thumbs')],
    ['hand or tool: foam roller', { contact: 'foam-roller' }, (t) => t.contact.includes('foam-roller')],
    ['pressure: firm', { pressure: 'firm' }, (t) => t.pressure.includes('firm')],
    ['pressure: light', { pressure: 'light' }, (t) => t.pressure.includes('light')],
    ['on your own', { who: 'self' }, (t) => t.who.includes('self')],
    ['with a partner', { who: 'partner' }, (t) => t.who.includes('partner')],
    ['professionals only', { professionals: 'only' }, (t) => t.professionalsOnly],
    ['without professionals', { professionals: 'hide' }, (t) => !t.professionalsOnly],
  ];

  it.each(cases)('%s: narrows the list to exactly the matching techniques', (_label, filters, holds) => {
    const expected = techniques.filter(holds).map((t) => t.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(techniques.length);
    expect(ids('', filters).sort()).toEqual(expected.sort());
  });

  it('combines filters with AND', () => {
    const both = ids('', { area: 'glutes', who: 'self' });
    const area = ids('', { area: 'glutes' });
    const self = ids('', { who: 'self' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(area.length, self.length));
    expect(both.sort()).toEqual(area.filter((id) => self.includes(id)).sort());
  });

  it('applies to search results too', () => {
    expect(ids('kneading')).toContain('petrissage');
    expect(ids('kneading', { who: 'self' })).not.toContain('petrissage');
    for (const hit of searchTechniques('roll', { who: 'self' })) {
      expect(matchesFilters(hit.technique, { who: 'self' })).toBe(true);
    }
    expect(ids('roll', { who: 'self' }).length).toBeGreaterThan(0);
  });

  it('keeps the professionals-only styles out of “hide” and in “only”', () => {
    const pro = techniques.filter((t) => t.professionalsOnly);
    expect(pro.length).toBeGreaterThan(0);
    for (const t of pro) {
      expect(ids(t.name, { professionals: 'only' })[0]).toBe(t.id);
      expect(ids(t.name, { professionals: 'hide' })).not.toContain(t.id);
    }
  });
});

describe('filters in the URL', () => {
  it('reads known values and ignores the rest', () => {
    const params = new URLSearchParams(
      'q=knead&area=lower-back&who=self&pressure=hard&contact=elbow&pro=only',
    );
    expect(readFilters(params)).toEqual({ area: 'lower-back', who: 'self', professionals: 'only' });
  });

  it('sets, removes and clears values without touching the others', () => {
    const params = new URLSearchParams('q=knead&area=lower-back');
    expect(withParam(params, 'who', 'self').toString()).toBe('q=knead&area=lower-back&who=self');
    expect(withParam(params, 'area', undefined).toString()).toBe('q=knead');
    expect(withParam(params, 'query', '').toString()).toBe('area=lower-back');
    expect(withoutFilters(params).toString()).toBe('q=knead');
    expect(withoutFilters(params, { alsoQuery: true }).toString()).toBe('');
  });
});
