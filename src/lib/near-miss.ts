/**
 * "Did you mean …?" for error messages: the known name that an unknown one is most likely a typo of.
 * Pure; used by the data check, the site config and the chapter checks (remark-facts).
 */

/**
 * The candidate closest to `word` when it is close enough to be a typo of it: at most one edit (a letter added,
 * dropped or changed, or two neighbours swapped) per three letters, ignoring case. Undefined when none is, so
 * that a short unrelated name ("Nope") gets no far-fetched suggestion ("Cite").
 */
export function nearMiss(
  word: string,
  candidates: Iterable<string>,
  /** The most edits a typo of a word of this length may have. */
  maxEdits = (length: number) => Math.max(1, Math.floor(length / 3)),
): string | undefined {
  const w = word.toLowerCase();
  const limit = maxEdits(w.length);
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), or `cap` when it is at least `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min(cap, rows[a.length]![b.length]!);
}
