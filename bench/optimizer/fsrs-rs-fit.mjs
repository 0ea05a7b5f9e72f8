// Fits an optimizer CSV with fsrs-rs (FSRS Node binding 0.5.0): node fsrs-rs-fit.mjs CSV NEXT_DAY_STARTS_AT OUT.json
import { readFileSync, writeFileSync } from 'node:fs'
import { computeParameters, convertCsvToFsrsItems } from '@open-spaced-repetition/binding'
const [,, csvPath, nds, outPath] = process.argv
const items = convertCsvToFsrsItems(readFileSync(csvPath), Number(nds), 'UTC', () => 0)
const out = { csv: csvPath, next_day_starts_at: Number(nds), items: items.length, fits: {} }
for (const st of [true, false]) {
  const t0 = performance.now()
  const w = await computeParameters(items, { enableShortTerm: st, numRelearningSteps: 1 })
  const secs = (performance.now() - t0) / 1000
  out.fits[`enable_short_term_${st}`] = { parameters: w.map(x => Number(x.toPrecision(9))), fit_seconds: secs }
}
writeFileSync(outPath, JSON.stringify(out, null, 1))
console.log(JSON.stringify(out))
