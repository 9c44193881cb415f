/**
 * How a contact attempt travels on a help-desk with no contact log of its own (Zendesk,
 * Freshdesk): an internal note an agent can read, ending in one marker line that walletdesk parses
 * back into a `contact` event. The marker holds the attempt as JSON, so every field (the 工号, a
 * note with line breaks) survives; a note whose marker does not parse stays an ordinary comment.
 */
import { type ContactAttempt, contactAttemptSchema } from '../../contact-attempt.js';

const MARKER = 'walletdesk:contact';
const MARKER_LINE = new RegExp(`\\[${MARKER} (\\{.*\\})\\]\\s*$`);

/** The note body for `attempt`: a readable summary, the note, then the marker line. */
export function contactNoteBody(attempt: ContactAttempt): string {
  const who = [attempt.agentName, attempt.agentId !== undefined ? `工号 ${attempt.agentId}` : undefined].filter(Boolean).join(', ');
  const summary = [
    `Contact via ${attempt.channel} at ${attempt.at.toISOString()}: ${attempt.outcome.replace(/_/g, ' ')}`,
    who ? `agent ${who}` : undefined,
    attempt.reference !== undefined ? `reference ${attempt.reference}` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  const json = JSON.stringify({ ...attempt, at: attempt.at.toISOString() });
  return `${summary}${attempt.note !== undefined ? `\n${attempt.note}` : ''}\n[${MARKER} ${json}]`;
}

/** The attempt a note body carries, or undefined for any other note (or a marker that does not parse). */
export function contactFromNote(body: string): ContactAttempt | undefined {
  const match = MARKER_LINE.exec(body.trimEnd().split('\n').at(-1) ?? '');
  if (!match?.[1]) return undefined;
  try {
    const parsed = contactAttemptSchema.safeParse(JSON.parse(match[1]));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
