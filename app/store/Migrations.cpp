#include "Migrations.h"

namespace {
// Times are milliseconds since the epoch (UTC), amounts are whole won: both INTEGER.
const char *const kStep1[] = {
    R"(CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        partner_order_id TEXT NOT NULL UNIQUE,
        partner_user_id TEXT NOT NULL,
        training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
        item_name TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        total INTEGER NOT NULL,
        tax_free INTEGER NOT NULL,
        vat INTEGER NOT NULL,
        state TEXT NOT NULL,
        tid TEXT,
        pg_token TEXT,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        aid TEXT,
        approved_at INTEGER,
        payment_method_type TEXT,
        card_json TEXT,
        refunded_total INTEGER NOT NULL DEFAULT 0,
        refunded_tax_free INTEGER NOT NULL DEFAULT 0,
        refunded_vat INTEGER NOT NULL DEFAULT 0,
        last_error_code INTEGER NOT NULL DEFAULT 0,
        last_error_message TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL))",
    R"(CREATE TABLE payment_lines (
        payment_id INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        unit_price INTEGER NOT NULL,
        quantity INTEGER NOT NULL,
        tax_free INTEGER NOT NULL,
        PRIMARY KEY (payment_id, position)) WITHOUT ROWID)",
    // History is newest first with keyset paging on (created_at, id): every filter index ends so.
    "CREATE INDEX payments_created ON payments(created_at, id)",
    "CREATE INDEX payments_state ON payments(state, created_at, id)",
    "CREATE INDEX payments_training ON payments(training, created_at, id)",
    "CREATE INDEX payments_tid ON payments(tid) WHERE tid IS NOT NULL",
    R"(CREATE TABLE refunds (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payments(id),
        partner_order_id TEXT NOT NULL,
        amount_total INTEGER NOT NULL CHECK (amount_total > 0),
        amount_tax_free INTEGER NOT NULL,
        amount_vat INTEGER NOT NULL,
        aid TEXT,
        requested_at INTEGER NOT NULL,
        completed_at INTEGER,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
        manager TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        kakaopay_code INTEGER NOT NULL DEFAULT 0,
        error_message TEXT))",
    "CREATE INDEX refunds_payment ON refunds(payment_id)",
    // One refund in flight per payment: a second click cannot send a second cancel.
    "CREATE UNIQUE INDEX refunds_one_pending ON refunds(payment_id) WHERE state = 'pending'",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        partner_order_id TEXT,
        tid TEXT,
        amount INTEGER,
        kakaopay_code INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audit_log_order ON audit_log(partner_order_id) WHERE partner_order_id IS NOT "
    "NULL",
    "CREATE INDEX audit_log_at ON audit_log(at)",
    // Append-only, enforced by the file itself and not only by the code that writes it.
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
};

const char *const kStep2[] = {
    R"(CREATE TABLE managers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        pin_hash BLOB NOT NULL,
        salt BLOB NOT NULL,
        iterations INTEGER NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        created_at INTEGER NOT NULL))",
};

// Item text search: a trigram index finds any substring of three characters or more, Hangul
// included (Korean names have no word breaks for a word tokenizer to use).
const char *const kStep3[] = {
    R"(CREATE VIRTUAL TABLE payments_fts USING fts5(
        search_text, content='payments', content_rowid='id', tokenize='trigram'))",
    R"(CREATE TRIGGER payments_fts_insert AFTER INSERT ON payments BEGIN
        INSERT INTO payments_fts(rowid, search_text) VALUES (new.id, new.search_text); END)",
    R"(CREATE TRIGGER payments_fts_delete AFTER DELETE ON payments BEGIN
        INSERT INTO payments_fts(payments_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text); END)",
    R"(CREATE TRIGGER payments_fts_update AFTER UPDATE OF search_text ON payments BEGIN
        INSERT INTO payments_fts(payments_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO payments_fts(rowid, search_text) VALUES (new.id, new.search_text); END)",
    "INSERT INTO payments_fts(payments_fts) VALUES ('rebuild')",
};

// Every distinct part of search_text (item name, line names, codes): texts of one or two
// characters, too short for the trigram index, are first looked up here (see HistoryQuery).
const char *const kStep4[] = {
    "CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID",
    R"(WITH RECURSIVE split(rest, word) AS (
        SELECT search_text || char(10), NULL FROM payments
        UNION ALL
        SELECT substr(rest, instr(rest, char(10)) + 1), substr(rest, 1, instr(rest, char(10)) - 1)
        FROM split WHERE rest <> '')
    INSERT OR IGNORE INTO search_words (word)
    SELECT word FROM split WHERE word IS NOT NULL AND word <> '')",
};

// The lines a refund by lines gave back, written in the same transaction as the refund itself:
// a line cannot be refunded twice by lines. Whether a row counts is decided by its refund's
// state (done or pending count, failed does not), as for the refunded amounts. `position` is the
// line's payment_lines.position; no foreign key to payment_lines, because Journal::record
// replaces a payment's lines as a whole. Refunds by lines made before this step are filled in
// from their "refund-lines" audit entries ("refund=ID lines=POSxQTY,..."), looked up through
// audit_log_order for the payments that have refunds only.
const char *const kStep5[] = {
    R"(CREATE TABLE refund_lines (
        refund_id INTEGER NOT NULL REFERENCES refunds(id),
        position INTEGER NOT NULL CHECK (position >= 0),
        code TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        amount INTEGER NOT NULL CHECK (amount >= 0),
        tax_free INTEGER NOT NULL CHECK (tax_free IN (0, 1)),
        PRIMARY KEY (refund_id, position)) WITHOUT ROWID)",
    R"(WITH RECURSIVE entry(refund_id, rest) AS (
        SELECT CAST(substr(detail, 8, instr(detail, ' lines=') - 8) AS INTEGER),
               substr(detail, instr(detail, ' lines=') + 7) || ','
        FROM audit_log
        WHERE partner_order_id IN (SELECT partner_order_id FROM refunds)
          AND action = 'refund-lines' AND detail GLOB 'refund=[0-9]* lines=[0-9]*'),
    split(refund_id, item, rest) AS (
        SELECT refund_id, NULL, rest FROM entry
        UNION ALL
        SELECT refund_id, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
        FROM split WHERE rest <> ''),
    chosen(refund_id, position, quantity) AS (
        SELECT refund_id, CAST(substr(item, 1, instr(item, 'x') - 1) AS INTEGER),
               CAST(substr(item, instr(item, 'x') + 1) AS INTEGER)
        FROM split WHERE item GLOB '[0-9]*x[0-9]*')
    INSERT OR IGNORE INTO refund_lines (refund_id, position, code, quantity, amount, tax_free)
    SELECT c.refund_id, c.position, l.code, c.quantity, l.unit_price * c.quantity, l.tax_free
    FROM chosen c
    JOIN refunds r ON r.id = c.refund_id
    JOIN payment_lines l ON l.payment_id = r.payment_id AND l.position = c.position
    WHERE c.quantity > 0)",
};

// Payments in doubt: how many approves may have left the counter (an approve answered with
// nothing readable is never re-sent more than once), and the manager who confirmed that the
// buyer of a payment still in doubt was not charged, so that the basket may be paid again.
// Payments left 'approving' by an earlier version had sent their approve. Refunds: how many
// cancels may have left (counted before each one goes); one written by an earlier version may
// have sent its cancel.
const char *const kStep6[] = {
    "ALTER TABLE payments ADD COLUMN approve_sends INTEGER NOT NULL DEFAULT 0 "
    "CHECK (approve_sends >= 0)",
    "ALTER TABLE payments ADD COLUMN released_by TEXT",
    "UPDATE payments SET approve_sends = 1 WHERE state = 'approving' OR aid IS NOT NULL",
    "ALTER TABLE refunds ADD COLUMN cancel_sends INTEGER NOT NULL DEFAULT 0 "
    "CHECK (cancel_sends >= 0)",
    "UPDATE refunds SET cancel_sends = 1",
};

// The outbox: what the store server (a shop's PostgreSQL, several counters) has not received
// yet, written in the same transaction as the change itself, so that nothing is lost across a
// crash; its seq (never reused: AUTOINCREMENT) orders a counter's entries and keys them there.
const char *const kStep7[] = {
    R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund', 'audit')),
        entry_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    "CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

int Migrations::latestVersion()
{
    return 7;
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return toList(kStep1);
    case 2:
        return toList(kStep2);
    case 3:
        return toList(kStep3);
    case 4:
        return toList(kStep4);
    case 5:
        return toList(kStep5);
    case 6:
        return toList(kStep6);
    case 7:
        return toList(kStep7);
    default:
        return {};
    }
}
