package org.spinerad.store.pg.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.query.Reports;
import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.Claim;
import org.spinerad.store.ConflictException;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreChange;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox;
import org.spinerad.store.WorklistQuery;
import org.spinerad.store.internal.Listeners;

/**
 * The department store: reports, every saved version, drafts, claims, the
 * audit trail and the outbox in one PostgreSQL database shared by all
 * workstations. A save locks the report's row, checks the version it was made
 * from and the claim, and writes the report, its version, the audit row, the
 * queued messages and the change notification in one transaction.
 */
public final class PgReportStore implements ReportStore, AutoCloseable {

	private final Database db;
	private final Listeners listeners = new Listeners();
	private final PgOutbox outbox = new PgOutbox(this);
	private Notifier notifier;
	private volatile boolean ready;

	/** A store on a database; it connects, and brings the schema up to date, when first used. */
	public PgReportStore(String url) {
		this.db = new Database(url);
	}

	/** @return the database behind the store (outbox, audit), its schema up to date */
	public Database database() throws StoreException {
		return db();
	}

	private Database db() throws StoreException {
		if (!ready) {
			synchronized (this) {
				if (!ready) {
					Schema.migrate(db);
					ready = true;
				}
			}
		}
		return db;
	}

	@Override
	public Path location() {
		return Path.of(db.describe());
	}

	@Override
	public List<ReportSummary> list() throws StoreException {
		return db().read(c -> summaries(c, "SELECT " + Rows.SUMMARY_COLUMNS
				+ " FROM report ORDER BY modified_at DESC NULLS LAST, id", s -> {
				}));
	}

	private interface Binder {
		void bind(PreparedStatement s) throws SQLException;
	}

	private static List<ReportSummary> summaries(Connection c, String sql, Binder binder) throws SQLException {
		List<ReportSummary> result = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(sql)) {
			binder.bind(s);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(Rows.summary(r));
				}
			}
		}
		return result;
	}

	@Override
	public List<ReportSummary> page(WorklistQuery q) throws StoreException {
		String sql = WorklistSql.select(q);
		return db().read(c -> summaries(c, sql, s -> WorklistSql.bind(s, q)));
	}

	@Override
	public Report load(String id) throws StoreException {
		byte[] body = db().read(c -> bytes(c, "SELECT body FROM report WHERE id = ?", id));
		if (body == null) {
			throw new StoreException("Report " + id + " is not in the department store " + db.describe());
		}
		return parse(body, "report " + id);
	}

	private static byte[] bytes(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				s.setObject(i + 1, params[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getBytes(1) : null;
			}
		}
	}

	static Report parse(byte[] body, String name) throws StoreException {
		try {
			return ReportIO.read(new ByteArrayInputStream(body), ReportIO.Format.XMI, name);
		} catch (ReportIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private static byte[] serialize(Report report) throws StoreException {
		try {
			return ReportIO.toBytes(report, ReportIO.Format.XMI);
		} catch (ReportIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public void save(Report report) throws StoreException {
		save(report, Revision.ANY, Actor.system());
	}

	@Override
	public Revision save(Report report, long expectedVersion, Actor actor) throws StoreException {
		return save(report, expectedVersion, actor, List.of());
	}

	@Override
	public Revision save(Report report, long expectedVersion, Actor actor, List<OutboxMessage> messages)
			throws StoreException {
		String id = Ids.check(report.getId());
		byte[] body = serialize(report);
		boolean signed = Reports.isSigned(report);
		return db().transaction(c -> {
			Revision current = Saving.lockCurrent(c, id);
			long have = current == null ? Revision.NEW : current.version();
			if (expectedVersion != Revision.ANY && expectedVersion != have) {
				throw new ConflictException(id, expectedVersion, current);
			}
			Claims.check(c, id, actor);
			Revision saved = Saving.write(c, report, body, have, actor);
			if (saved == null) {
				throw new ConflictException(id, expectedVersion, Saving.current(c, id));
			}
			Saving.deleteDraft(c, id);
			if (signed) {
				Claims.drop(c, id, actor);
			}
			Outbox.queue(c, id, saved.version(), messages);
			Audit.record(c, id, signed ? Saving.signAction(report) : "saved", actor, "version " + saved.version());
			Notifier.announce(c, id, StoreChange.Kind.SAVED, saved.version(), actor);
			return saved;
		});
	}

	@Override
	public Optional<TransactionalOutbox> outbox() {
		return Optional.of(outbox);
	}

	@Override
	public Revision revision(String id) throws StoreException {
		return db().read(c -> Saving.current(c, Ids.check(id)));
	}

	@Override
	public void delete(String id) throws StoreException {
		Ids.check(id);
		db().transaction(c -> {
			byte[] body = bytes(c, "SELECT body FROM report WHERE id = ? FOR UPDATE", id);
			if (body != null && Reports.isSigned(parse(body, "report " + id))) {
				throw new StoreException("Report " + id + " is signed and cannot be deleted; add an addendum instead");
			}
			Saving.deleteAll(c, id);
			Claims.drop(c, id, Actor.system());
			Audit.record(c, id, "deleted", Actor.system(), "");
			Notifier.announce(c, id, StoreChange.Kind.DELETED, 0, Actor.system());
			return null;
		});
	}

	@Override
	public void saveDraft(Report report) throws StoreException {
		putDraft(report.getId(), serialize(report));
	}

	@Override
	public List<ReportSummary> recoverableDrafts() throws StoreException {
		List<byte[]> bodies = db().read(c -> {
			List<byte[]> result = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT d.body FROM draft d LEFT JOIN report r"
					+ " ON r.id = d.id WHERE r.id IS NULL OR d.saved_at > r.saved_at ORDER BY d.saved_at DESC");
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(r.getBytes(1));
				}
			}
			return result;
		});
		List<ReportSummary> result = new ArrayList<>();
		for (byte[] body : bodies) {
			result.add(Rows.summary(parse(body, "draft")));
		}
		return result;
	}

	@Override
	public Report loadDraft(String id) throws StoreException {
		return parse(draftBytes(id), "draft of report " + id);
	}

	@Override
	public void discardDraft(String id) throws StoreException {
		db().transaction(c -> {
			Saving.deleteDraft(c, Ids.check(id));
			return null;
		});
	}

	@Override
	public Claim claim(String id, Actor actor, Duration ttl) throws StoreException {
		return db().transaction(c -> Claims.claim(c, Ids.check(id), actor, ttl));
	}

	@Override
	public void release(String id, Actor actor) throws StoreException {
		db().transaction(c -> {
			Claims.release(c, Ids.check(id), actor);
			return null;
		});
	}

	@Override
	public Claim takeOver(String id, Actor admin, String reason, Duration ttl) throws StoreException {
		if (reason == null || reason.isBlank()) {
			throw new StoreException("Taking over report " + id + " needs a reason; give one");
		}
		return db().transaction(c -> Claims.takeOver(c, Ids.check(id), admin, reason.strip(), ttl));
	}

	@Override
	public Claim claimOf(String id) throws StoreException {
		return db().read(c -> Claims.live(c, Ids.check(id)));
	}

	@Override
	public void audit(String id, String action, Actor actor, String detail) throws StoreException {
		db().transaction(c -> {
			Audit.record(c, Ids.check(id), action, actor, detail);
			return null;
		});
	}

	@Override
	public List<AuditEntry> auditTrail(String id) throws StoreException {
		return db().read(c -> Audit.trail(c, Ids.check(id)));
	}

	@Override
	public synchronized AutoCloseable onChange(Consumer<StoreChange> listener) {
		if (notifier == null) {
			notifier = new Notifier(db, listeners);
		}
		return listeners.add(listener);
	}

	@Override
	public List<String> reportIds() throws StoreException {
		return db().read(c -> Saving.ids(c, "SELECT id FROM report ORDER BY id"));
	}

	@Override
	public List<String> draftIds() throws StoreException {
		return db().read(c -> Saving.ids(c, "SELECT id FROM draft ORDER BY id"));
	}

	@Override
	public List<Revision> history(String id) throws StoreException {
		return db().read(c -> Saving.history(c, Ids.check(id)));
	}

	@Override
	public byte[] revisionBytes(String id, long version) throws StoreException {
		byte[] body = db().read(c -> bytes(c, "SELECT body FROM report_version WHERE id = ? AND version = ?", id,
				version));
		if (body == null) {
			throw new StoreException("Report " + id + " has no stored version " + version);
		}
		return body;
	}

	@Override
	public byte[] draftBytes(String id) throws StoreException {
		byte[] body = db().read(c -> bytes(c, "SELECT body FROM draft WHERE id = ?", Ids.check(id)));
		if (body == null) {
			throw new StoreException("Report " + id + " has no draft in the department store");
		}
		return body;
	}

	@Override
	public void putRevision(String id, Revision revision, byte[] xmi) throws StoreException {
		Report report = parse(xmi, "version " + revision.version() + " of report " + id);
		db().transaction(c -> {
			Saving.putRevision(c, Ids.check(id), revision, report, xmi);
			Notifier.announce(c, id, StoreChange.Kind.SAVED, revision.version(), revision.by());
			return null;
		});
	}

	@Override
	public void putDraft(String id, byte[] xmi) throws StoreException {
		db().transaction(c -> {
			Saving.putDraft(c, Ids.check(id), xmi);
			return null;
		});
	}

	@Override
	public synchronized void close() {
		if (notifier != null) {
			notifier.close();
		}
		db.close();
	}
}
