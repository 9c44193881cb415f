// A user-written ticket backend: tickets in one JSON file. Starter code for wrapping your own
// store (a database, a spreadsheet, an internal API): declare what it can do, move data, throw
// walletdesk errors. The client does validation, the workflow and capability checks.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { NotFoundError, ValidationError } from 'walletdesk/errors';
import { defineBackend } from 'walletdesk/tickets';

/** @param {{ file: string }} options */
export const jsonFileBackend = defineBackend(({ file }) => {
  const load = () => {
    if (!existsSync(file)) return { lastId: 0, tickets: [], comments: [], keys: {} };
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const t of data.tickets) Object.assign(t, { createdAt: new Date(t.createdAt), updatedAt: new Date(t.updatedAt) });
    for (const c of data.comments) c.createdAt = new Date(c.createdAt);
    return data;
  };
  const save = (data) => {
    writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2)); // write-then-rename: a crash never leaves half a file
    renameSync(`${file}.tmp`, file);
  };
  const find = (data, id) => {
    const ticket = data.tickets.find((t) => t.id === id);
    if (!ticket) throw new NotFoundError(`Ticket ${id} not found in ${file}`, { resource: 'ticket', id });
    return ticket;
  };
  const later = (previous) => new Date(Math.max(Date.now(), previous.getTime() + 1));

  return {
    name: 'json-file',
    capabilities: { idempotentCreate: true, onHold: false, cursorPagination: false, satisfaction: true, reopenClosed: false, browserSafeAuth: false },
    async create(input, { idempotencyKey } = {}) {
      const data = load();
      if (idempotencyKey && data.keys[idempotencyKey]) return find(data, data.keys[idempotencyKey]);
      const now = new Date();
      const ticket = { id: String(++data.lastId), ...input, status: 'new', escalationLevel: 0, createdAt: now, updatedAt: now };
      data.tickets.push(ticket);
      if (idempotencyKey) data.keys[idempotencyKey] = ticket.id;
      save(data);
      return ticket;
    },
    async get(id) {
      return find(load(), id);
    },
    async update(id, patch) {
      const data = load();
      const ticket = find(data, id);
      Object.assign(ticket, patch, { updatedAt: later(ticket.updatedAt) });
      save(data);
      return ticket;
    },
    async addComment(id, input) {
      const data = load();
      const ticket = find(data, id);
      const comment = { id: String(data.comments.length + 1), ticketId: id, ...input, createdAt: new Date() };
      data.comments.push(comment);
      ticket.updatedAt = later(ticket.updatedAt);
      save(data);
      return comment;
    },
    async listComments(id) {
      const data = load();
      find(data, id);
      return data.comments.filter((c) => c.ticketId === id);
    },
    // Page numbers as the cursor (cursorPagination: false says they shift when tickets change).
    async list({ status, updatedSince, pageSize, cursor }) {
      const page = cursor === undefined ? 0 : Number(cursor);
      if (!Number.isInteger(page) || page < 0) throw new ValidationError([{ path: ['cursor'], message: 'not a page number', code: 'invalid_cursor' }]);
      const statuses = status === undefined ? undefined : [status].flat();
      const matching = load()
        .tickets.filter((t) => !statuses || statuses.includes(t.status))
        .filter((t) => !updatedSince || t.updatedAt >= updatedSince)
        .sort((a, b) => Number(a.id) - Number(b.id));
      const tickets = matching.slice(page * pageSize, (page + 1) * pageSize);
      return { tickets, ...((page + 1) * pageSize < matching.length ? { nextCursor: String(page + 1) } : {}) };
    },
    async rate(id, satisfaction) {
      const data = load();
      const ticket = find(data, id);
      Object.assign(ticket, { satisfaction, updatedAt: later(ticket.updatedAt) });
      save(data);
      return ticket;
    },
  };
});
