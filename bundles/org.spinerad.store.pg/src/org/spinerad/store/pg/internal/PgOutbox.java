package org.spinerad.store.pg.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.store.OutboxMessage;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox;

/** The department store's outbox as the store API offers it: one {@link Outbox} per channel and holder. */
final class PgOutbox implements TransactionalOutbox {

	private final PgReportStore store;

	PgOutbox(PgReportStore store) {
		this.store = store;
	}

	@Override
	public void queue(String reportId, List<OutboxMessage> messages) throws StoreException {
		store.database().transaction(c -> {
			Long version;
			try (PreparedStatement s = c.prepareStatement("SELECT version FROM report WHERE id = ?")) {
				s.setString(1, Ids.check(reportId));
				try (ResultSet r = s.executeQuery()) {
					version = r.next() ? r.getLong(1) : null;
				}
			}
			if (version == null) {
				throw new StoreException("Report " + reportId + " is not in the department store; save it before"
						+ " its messages are queued");
			}
			Outbox.queue(c, reportId, version, messages);
			return null;
		});
	}

	@Override
	public Round deliver(String channel, String holder, Duration lease, Sender sender) throws StoreException {
		Outbox outbox = new Outbox(store.database(), channel, holder);
		if (!outbox.hasWork()) {
			return new Round(true, 0, null);
		}
		if (!outbox.acquireLease(lease)) {
			return new Round(false, 0, null);
		}
		return outbox.round(sender, lease);
	}

	@Override
	public List<Queued> messages(String reportId) throws StoreException {
		return store.database().read(c -> {
			List<Queued> result = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT channel, msg_key, report_id, queued_at,"
					+ " delivered_at, accepted, answer, last_error, delivered_by, attempts FROM outbox"
					+ " WHERE report_id = ? ORDER BY id")) {
				s.setString(1, Ids.check(reportId));
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						Instant answered = instant(r.getTimestamp(5));
						String detail = answered != null ? r.getString(7) : r.getString(8);
						result.add(new Queued(r.getString(1), r.getString(2), r.getString(3), instant(r.getTimestamp(4)),
								answered, r.getBoolean(6), detail == null ? "" : detail, r.getString(9), r.getInt(10)));
					}
				}
			}
			return result;
		});
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
