#include "StoreSchema.h"

#include "StoreServerLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Everything a counter sends arrives as one row of `entries` (append-only, keyed by shop,
// counter and the counter's own sequence number: sending it twice changes nothing). A trigger
// that runs with the owner's rights turns each entry into the store's tables, so that the
// counter role needs no right to change any of them: PostgreSQL, not PayDesk, keeps a counter
// from changing or deleting past payments and audit entries.
const char *const kStep1[] = {
    R"(CREATE EXTENSION IF NOT EXISTS pg_trgm)",
    R"(CREATE TABLE paydesk_meta (key text PRIMARY KEY, value text NOT NULL))",
    R"(CREATE TABLE entries (
        shop_id text NOT NULL,
        counter_id text NOT NULL,
        seq bigint NOT NULL CHECK (seq > 0),
        kind text NOT NULL,
        entry_key text NOT NULL,
        training boolean NOT NULL DEFAULT false,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (shop_id, counter_id, training, seq)))",
    R"(CREATE TABLE counters (
        shop_id text NOT NULL,
        counter_id text NOT NULL,
        training boolean NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        last_seen timestamptz,
        waiting bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (shop_id, counter_id, training)))",
    R"(CREATE TABLE payments (
        shop_id text NOT NULL,
        counter_id text NOT NULL,
        partner_order_id text NOT NULL,
        training boolean NOT NULL,
        state text NOT NULL,
        tid text,
        total bigint NOT NULL,
        tax_free bigint NOT NULL,
        vat bigint NOT NULL,
        refunded_total bigint NOT NULL DEFAULT 0,
        refunded_tax_free bigint NOT NULL DEFAULT 0,
        refunded_vat bigint NOT NULL DEFAULT 0,
        item_name text NOT NULL,
        search_text text NOT NULL,
        payment_method_type text,
        aid text,
        created_at timestamptz NOT NULL,
        approved_at timestamptz,
        seq bigint NOT NULL,
        payload jsonb NOT NULL,
        PRIMARY KEY (shop_id, partner_order_id)))",
    "CREATE INDEX payments_created ON payments (shop_id, training, created_at DESC, "
    "partner_order_id DESC)",
    "CREATE INDEX payments_tid ON payments (tid) WHERE tid IS NOT NULL",
    "CREATE INDEX payments_search ON payments USING gin (search_text gin_trgm_ops)",
    R"(CREATE TABLE refunds (
        shop_id text NOT NULL,
        counter_id text NOT NULL,
        training boolean NOT NULL,
        refund_id bigint NOT NULL,
        partner_order_id text NOT NULL,
        state text NOT NULL,
        amount_total bigint NOT NULL,
        amount_tax_free bigint NOT NULL,
        amount_vat bigint NOT NULL,
        aid text,
        manager text,
        reason text,
        requested_at timestamptz,
        completed_at timestamptz,
        seq bigint NOT NULL,
        payload jsonb NOT NULL,
        PRIMARY KEY (shop_id, counter_id, training, refund_id)))",
    "CREATE INDEX refunds_payment ON refunds (shop_id, partner_order_id)",
    R"(CREATE TABLE audit (
        shop_id text NOT NULL,
        counter_id text NOT NULL,
        training boolean NOT NULL,
        audit_id bigint NOT NULL,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        partner_order_id text,
        tid text,
        amount bigint,
        kakaopay_code integer NOT NULL DEFAULT 0,
        detail text NOT NULL,
        PRIMARY KEY (shop_id, counter_id, training, audit_id)))",
    "CREATE INDEX audit_order ON audit (shop_id, partner_order_id)",
    // One refund at a time per payment, whatever counter makes it: a counter claims the payment
    // (under the payment row's lock) before it sends a cancel, and lets go when it is settled.
    R"(CREATE TABLE refund_claims (
        shop_id text NOT NULL,
        partner_order_id text NOT NULL,
        claim_id text NOT NULL,
        counter_id text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        PRIMARY KEY (shop_id, partner_order_id, claim_id)))",
    "CREATE UNIQUE INDEX refund_claims_open ON refund_claims (shop_id, partner_order_id) "
    "WHERE released_at IS NULL",
    // The managers of the shop, for every counter; failed attempts and lockouts count
    // store-wide.
    R"(CREATE TABLE managers (
        shop_id text NOT NULL,
        name text NOT NULL,
        pin_hash bytea,
        salt bytea,
        iterations integer,
        scheme integer NOT NULL DEFAULT 0,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        removed boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (shop_id, name)))",

    // Append-only, for everybody: entries and the audit log are never changed or deleted.
    R"(CREATE FUNCTION paydesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $$)",
    "CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON entries FOR EACH ROW "
    "EXECUTE FUNCTION paydesk_append_only()",
    "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW "
    "EXECUTE FUNCTION paydesk_append_only()",
    R"(CREATE FUNCTION paydesk_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'rows of % are never deleted', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END $$)",
    "CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments FOR EACH ROW "
    "EXECUTE FUNCTION paydesk_no_delete()",
    "CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds FOR EACH ROW "
    "EXECUTE FUNCTION paydesk_no_delete()",

    // An entry becomes the store's rows. A snapshot only replaces one that is older (a lower
    // seq of the same counter), so late or repeated entries change nothing.
    R"(CREATE FUNCTION paydesk_apply_entry() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE p jsonb := NEW.payload;
        BEGIN
            INSERT INTO counters (shop_id, counter_id, training, last_seq, last_seen)
            VALUES (NEW.shop_id, NEW.counter_id, NEW.training, NEW.seq, now())
            ON CONFLICT (shop_id, counter_id, training) DO UPDATE
                SET last_seq = greatest(counters.last_seq, EXCLUDED.last_seq), last_seen = now();
            IF NEW.kind = 'payment' THEN
                INSERT INTO payments (shop_id, counter_id, partner_order_id, training, state, tid,
                    total, tax_free, vat, refunded_total, refunded_tax_free, refunded_vat,
                    item_name, search_text, payment_method_type, aid, created_at, approved_at,
                    seq, payload)
                VALUES (NEW.shop_id, NEW.counter_id, p->>'partner_order_id', NEW.training,
                    p->>'state', nullif(p->>'tid', ''), (p->>'total')::bigint,
                    (p->>'tax_free')::bigint, (p->>'vat')::bigint,
                    (p->>'refunded_total')::bigint, (p->>'refunded_tax_free')::bigint,
                    (p->>'refunded_vat')::bigint, p->>'item_name', coalesce(p->>'search_text', ''),
                    nullif(p->>'payment_method_type', ''), nullif(p->>'aid', ''),
                    to_timestamp((p->>'created_at')::bigint / 1000.0),
                    to_timestamp(nullif(p->>'approved_at', '')::bigint / 1000.0), NEW.seq, p)
                ON CONFLICT (shop_id, partner_order_id) DO UPDATE SET
                    state = EXCLUDED.state, tid = EXCLUDED.tid,
                    refunded_total = EXCLUDED.refunded_total,
                    refunded_tax_free = EXCLUDED.refunded_tax_free,
                    refunded_vat = EXCLUDED.refunded_vat,
                    payment_method_type = EXCLUDED.payment_method_type, aid = EXCLUDED.aid,
                    approved_at = EXCLUDED.approved_at, seq = EXCLUDED.seq,
                    payload = EXCLUDED.payload
                WHERE payments.counter_id = EXCLUDED.counter_id AND payments.seq < EXCLUDED.seq;
            ELSIF NEW.kind = 'refund' THEN
                INSERT INTO refunds (shop_id, counter_id, training, refund_id, partner_order_id,
                    state, amount_total, amount_tax_free, amount_vat, aid, manager, reason,
                    requested_at, completed_at, seq, payload)
                VALUES (NEW.shop_id, NEW.counter_id, NEW.training, (p->>'id')::bigint,
                    p->>'partner_order_id',
                    p->>'state', (p->>'amount_total')::bigint, (p->>'amount_tax_free')::bigint,
                    (p->>'amount_vat')::bigint, nullif(p->>'aid', ''), p->>'manager',
                    p->>'reason', to_timestamp((p->>'requested_at')::bigint / 1000.0),
                    to_timestamp(nullif(p->>'completed_at', '')::bigint / 1000.0), NEW.seq, p)
                ON CONFLICT (shop_id, counter_id, training, refund_id) DO UPDATE SET
                    state = EXCLUDED.state, amount_total = EXCLUDED.amount_total,
                    amount_tax_free = EXCLUDED.amount_tax_free,
                    amount_vat = EXCLUDED.amount_vat, aid = EXCLUDED.aid,
                    completed_at = EXCLUDED.completed_at, seq = EXCLUDED.seq,
                    payload = EXCLUDED.payload
                WHERE refunds.seq < EXCLUDED.seq AND refunds.counter_id = EXCLUDED.counter_id;
                -- A refund settled (done or failed) lets go of its payment's claim.
                IF p->>'state' <> 'pending' THEN
                    UPDATE refund_claims SET released_at = now()
                    WHERE shop_id = NEW.shop_id AND partner_order_id = p->>'partner_order_id'
                      AND counter_id = NEW.counter_id AND released_at IS NULL
                      AND claim_id = coalesce(p->>'claim_id', claim_id);
                END IF;
            ELSIF NEW.kind = 'audit' THEN
                INSERT INTO audit (shop_id, counter_id, training, audit_id, at, actor, action,
                    partner_order_id, tid, amount, kakaopay_code, detail)
                VALUES (NEW.shop_id, NEW.counter_id, NEW.training, (p->>'id')::bigint,
                    to_timestamp((p->>'at')::bigint / 1000.0), p->>'actor', p->>'action',
                    nullif(p->>'partner_order_id', ''), nullif(p->>'tid', ''),
                    nullif(p->>'amount', '')::bigint, coalesce((p->>'kakaopay_code')::integer, 0),
                    p->>'detail')
                ON CONFLICT DO NOTHING;
            END IF;
            RETURN NEW;
        END $$)",
    "CREATE TRIGGER entries_apply AFTER INSERT ON entries FOR EACH ROW "
    "EXECUTE FUNCTION paydesk_apply_entry()",

    R"(CREATE FUNCTION paydesk_claim_refund(p_shop text, p_order text, p_counter text,
            p_claim text) RETURNS text LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE holder text;
        BEGIN
            PERFORM 1 FROM payments WHERE shop_id = p_shop AND partner_order_id = p_order
                FOR UPDATE;
            IF NOT FOUND THEN
                RETURN 'unknown';
            END IF;
            SELECT counter_id INTO holder FROM refund_claims
                WHERE shop_id = p_shop AND partner_order_id = p_order AND released_at IS NULL;
            IF FOUND THEN
                RETURN 'held:' || holder;
            END IF;
            INSERT INTO refund_claims (shop_id, partner_order_id, claim_id, counter_id)
                VALUES (p_shop, p_order, p_claim, p_counter);
            RETURN 'ok';
        END $$)",
    // A counter says how many entries it still holds, so that `store status` shows each
    // counter's lag even while it sends nothing.
    R"(CREATE FUNCTION paydesk_counter_report(p_shop text, p_counter text, p_training boolean,
            p_waiting bigint) RETURNS void LANGUAGE sql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
            INSERT INTO counters (shop_id, counter_id, training, last_seen, waiting)
            VALUES (p_shop, p_counter, p_training, now(), greatest(p_waiting, 0))
            ON CONFLICT (shop_id, counter_id, training) DO UPDATE
                SET last_seen = now(), waiting = greatest(p_waiting, 0)
        $$)",
    R"(CREATE FUNCTION paydesk_release_refund(p_shop text, p_order text, p_claim text)
        RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            UPDATE refund_claims SET released_at = now()
            WHERE shop_id = p_shop AND partner_order_id = p_order AND claim_id = p_claim
              AND released_at IS NULL
        $$)",
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

int StoreSchema::latestVersion()
{
    return 1;
}

QStringList StoreSchema::step(int version)
{
    switch (version) {
    case 1:
        return toList(kStep1);
    default:
        return {};
    }
}

QStringList StoreSchema::counterGrants(const QString &role)
{
    // Add entries and read; nothing else. The functions run with the owner's rights.
    const QString r = QStringLiteral("\"%1\"").arg(role);
    return {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(r),
            QStringLiteral("GRANT INSERT, SELECT ON entries TO %1").arg(r),
            QStringLiteral("GRANT SELECT ON counters, payments, refunds, audit, refund_claims, "
                           "managers, paydesk_meta TO %1")
                .arg(r),
            QStringLiteral("GRANT EXECUTE ON FUNCTION paydesk_claim_refund(text, text, text, "
                           "text), paydesk_release_refund(text, text, text), "
                           "paydesk_counter_report(text, text, boolean, bigint) TO %1")
                .arg(r),
            QStringLiteral("REVOKE EXECUTE ON FUNCTION paydesk_apply_entry() FROM PUBLIC")};
}

bool StoreSchema::migrate(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    int current = 0;
    if (q.exec(QStringLiteral("SELECT value FROM paydesk_meta WHERE key = 'schema'")) && q.next())
        current = q.value(0).toInt();
    if (current > latestVersion()) {
        *error = QStringLiteral("the store's schema %1 is newer than this PayDesk knows (%2)")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const QStringList statements = step(version);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("step %1: %2").arg(version).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO paydesk_meta (key, value) VALUES ('schema', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
        q.addBindValue(QString::number(version));
        if (!q.exec() || !db.commit()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
        qCInfo(lcStoreServer) << "store schema migrated to" << version;
    }
    return true;
}
