// A wallet help widget without a framework: triage what the user types, show the category,
// self-help steps, official channels with open-now, and a warning for a suspicious number or link.
import { listWallets } from 'walletdesk/channels';
import { triage } from 'walletdesk/triage';

const $ = (id) => document.getElementById(id);
const walletSelect = $('wallet');
for (const w of listWallets()) walletSelect.append(new Option(w.name ?? w.id, w.id));

function item(text, className) {
  const li = document.createElement('li');
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

function availability(r) {
  if (r.availability === 'always') return ['24/7', 'open'];
  if (r.availability === 'open') return ['open now', 'open'];
  if (r.availability === 'closed') return [r.opensAt ? `closed, opens ${r.opensAt.toLocaleString()}` : 'closed', 'closed'];
  return ['hours not published', 'unknown'];
}

$('ask').addEventListener('submit', (event) => {
  event.preventDefault();
  const message = $('message').value.trim();
  if (!message) return;
  // The browser is the app: the current time is the right `now` here.
  const t = triage(message, { wallet: walletSelect.value, now: new Date() });
  $('category').textContent = t.classification.category;
  $('urgency').textContent = t.help.urgency;
  $('title').textContent = t.help.title;
  $('steps').replaceChildren(...t.help.steps.map((s) => item(s)));
  $('channels').replaceChildren(
    ...t.channels.slice(0, 5).map((r) => {
      const [label, cls] = availability(r);
      return item(`${r.channel.kind}: ${r.channel.value} — ${label}`, cls);
    }),
  );
  const warning = $('warning');
  warning.hidden = t.safety.verdict !== 'suspicious';
  warning.textContent = warning.hidden ? '' : `⚠ Be careful: ${t.safety.warnings.join(' ')}`;
  $('result').hidden = false;
});
