import { searchTechniques } from '../../src/features/techniques/search';
it('exp', () => {
  for (const q of ['petrisage','efleurage','kneading','tapping','thumb','pétrissage','tapotment','kneeding','frictoin','knead','friction','circles','deep','self','ball','lower back','shoulder','massage','relax','rolling','heel','trigger','towel','hacking','chop']) {
    const hits = searchTechniques(q);
    console.log(q.padEnd(12), hits.slice(0,8).map(h => `${h.technique.id}(${h.score.toExponential(1)} ${h.matchedBy} [${h.matchedWords.join('|')}])`).join('  '), '  total', hits.length);
  }
});
