/**
 * Freshdesk takes ticket descriptions and replies as HTML and returns a plain-text copy
 * (`description_text`, `body_text`). walletdesk's fields are plain text, so text is escaped on the
 * way in (a user's `<b>` stays literal and cannot inject markup into the agent's view) and the
 * plain-text copy is read on the way out.
 * Source: https://developers.freshdesk.com/api/#create_ticket (checked 2026-11-24).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text → HTML that shows exactly that text, line breaks kept. */
export function textToHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c).replace(/\r?\n/g, '<br>');
}

/** HTML → its text, for bodies that come without a plain-text copy. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
