// Expected card states for PlainSessionTest, computed by ts-fsrs for the same answers at the same instants.
const {fsrs, createEmptyCard, generatorParameters} = require('ts-fsrs');
const fs = require('fs');
const tA = '2026-01-05T10:00:00.000Z', tB = '2026-01-07T09:00:00.000Z', tC = '2026-01-20T12:00:00.000Z';
const endOfStudyDayC = new Date('2026-01-21T04:00:00.000Z'); // day start 04:00 UTC
// Sessions A and B, in the order Gloss shows the cards (learning due, then reviews by due, then new).
const seqs = {
  'Term 1': [[tA,3],[tA,3],[tB,4]],
  'Term 2': [[tA,1],[tA,3],[tA,3],[tB,3]],
  'Term 3': [[tA,4]],
  'Term 4': [[tA,2],[tA,3],[tA,3],[tB,1],[tB,3]],
};
const out = {};
for (const fuzz of [false, true]) {
  const f = fsrs(generatorParameters({enable_fuzz: fuzz}));
  const res = {};
  let reviewedInC = 0;
  for (const [term, seq] of Object.entries(seqs)) {
    let card = createEmptyCard(new Date('2026-01-05T09:00:00.000Z'));
    for (const [t, r] of seq) card = f.next(card, new Date(t), r).card;
    // Session C: every card due that study day is answered Good.
    if (card.due < endOfStudyDayC) { card = f.next(card, new Date(tC), 3).card; reviewedInC++; }
    res[term] = {state: card.state, due: card.due.toISOString(), stability: card.stability, difficulty: card.difficulty,
      scheduled_days: card.scheduled_days, learning_steps: card.learning_steps, reps: card.reps, lapses: card.lapses,
      last_review: card.last_review.toISOString()};
  }
  out[fuzz ? 'fuzz_on' : 'fuzz_off'] = {cards: res, reviewed_in_session_c: reviewedInC};
}
out.generator = {tool: 'ts-fsrs', version: JSON.parse(fs.readFileSync('node_modules/ts-fsrs/package.json')).version,
  sessions: {tA, tB, tC}, sequences_a_b: seqs};
console.log(JSON.stringify(out, null, 2));
