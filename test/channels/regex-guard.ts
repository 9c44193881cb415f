// A small reader of regular-expression source for one property: where an alternative can begin,
// is there an unbounded repeat (`*`, `+`, `{n,}`) with nothing before it that stops a match from
// starting at every character of a long run? Such a repeat, followed by anything that can fail,
// makes a global scan O(n²). Guards: `^`, `\b`, a lookbehind, or any atom that must match first.

/** The unbounded repeats (as written) that a match can start with, in `re`. */
export function unguardedRepeats(re: RegExp): string[] {
  const src = re.source;
  const found: string[] = [];
  // One frame per open group: is the current position still "where a match may begin"?
  const frames: Array<{ inherited: boolean; atStart: boolean; start: number }> = [{ inherited: true, atStart: true, start: 0 }];
  const top = () => frames[frames.length - 1]!;
  let i = 0;
  const readQuantifier = (): { unbounded: boolean; optional: boolean; text: string } => {
    const rest = src.slice(i);
    const m = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!m) return { unbounded: false, optional: false, text: '' };
    i += m[0].length;
    const q = m[0][0];
    if (q === '*') return { unbounded: true, optional: true, text: m[0] };
    if (q === '+') return { unbounded: true, optional: false, text: m[0] };
    if (q === '?') return { unbounded: false, optional: true, text: m[0] };
    return { unbounded: m[2] !== undefined && m[3] === '', optional: m[1] === '0', text: m[0] };
  };
  const atom = (text: string) => {
    const frame = top();
    const q = readQuantifier();
    if (frame.atStart && q.unbounded) found.push(text + q.text);
    if (!q.optional) frame.atStart = false;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\') {
      const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|.)/s.exec(src.slice(i))!;
      i += m[0].length;
      if (m[0] === '\\b') top().atStart = false;
      else if (m[0] === '\\B') continue;
      else atom(m[0]);
    } else if (ch === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      const text = src.slice(i, j + 1);
      i = j + 1;
      atom(text);
    } else if (ch === '(') {
      const look = /^\(\?(<?[=!])/.exec(src.slice(i));
      if (look) {
        // Skip the assertion; a lookbehind guards what follows, a lookahead does not.
        let depth = 0;
        let j = i;
        for (; j < src.length; j++) {
          if (src[j] === '\\') j++;
          else if (src[j] === '[') while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
          else if (src[j] === '(') depth++;
          else if (src[j] === ')' && --depth === 0) break;
        }
        i = j + 1;
        if (look[1]!.startsWith('<')) top().atStart = false;
        continue;
      }
      const head = /^\((?:\?:|\?<[^>]+>)?/.exec(src.slice(i))![0];
      frames.push({ inherited: top().atStart, atStart: top().atStart, start: i });
      i += head.length;
    } else if (ch === ')') {
      const frame = frames.pop()!;
      i++;
      const parent = top();
      const q = readQuantifier();
      if (frame.inherited && q.unbounded) found.push(src.slice(frame.start, i));
      if (!q.optional) parent.atStart = false;
    } else if (ch === '|') {
      top().atStart = top().inherited;
      i++;
    } else if (ch === '^') {
      top().atStart = false;
      i++;
    } else if (ch === '$') {
      i++;
    } else {
      i++;
      atom(ch);
    }
  }
  return found;
}
