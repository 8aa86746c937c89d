package org.spinerad.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.spinerad.store.OutboxMessage;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox.Answer;
import org.spinerad.store.TransactionalOutbox.Round;
import org.spinerad.store.TransactionalOutbox.Sender;

/**
 * The outbox of one channel in the department database. Messages are queued
 * in the transaction that saves the report, so a signed report and its message
 * commit together or not at all. One workstation at a time delivers them: it
 * holds the channel's lease (renewed while it works, lapsing when it dies) and
 * locks the lease row for each delivery, so no two workstations send the same
 * message; a message is marked delivered in the transaction that sent it, with
 * the same key when a crash makes it go out again. A deliverer that hangs with
 * the lease row locked (a frozen workstation, a lost network) has its session
 * ended by the server when the lease time has passed without a word from it,
 * which rolls its round back and frees the lease for the others.
 */
public final class Outbox {

	private final Database db;
	private final String channel;
	private final String holder;

	/**
	 * @param channel the channel, e.g. {@code ris}
	 * @param holder  who delivers, e.g. the workstation's host name and process
	 */
	public Outbox(Database db, String channel, String holder) {
		this.db = db;
		this.channel = channel;
		this.holder = holder;
	}

	static void queue(Connection c, String reportId, long version, List<OutboxMessage> messages) throws SQLException {
		if (messages.isEmpty()) {
			return;
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (channel, msg_key, report_id,"
				+ " report_version, payload) VALUES (?, ?, ?, ?, ?) ON CONFLICT (msg_key) DO NOTHING")) {
			for (OutboxMessage m : messages) {
				s.setString(1, m.channel());
				s.setString(2, m.key());
				s.setString(3, reportId);
				s.setLong(4, version);
				s.setBytes(5, m.payload());
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	/** @return whether this holder has the channel's lease now (taken when free or lapsed, renewed when held) */
	public boolean acquireLease(Duration ttl) throws StoreException {
		return db.transaction(c -> {
			try (PreparedStatement s = c.prepareStatement("INSERT INTO delivery_lease AS l (channel, holder,"
					+ " expires_at) VALUES (?, ?, now() + make_interval(secs => ?)) ON CONFLICT (channel) DO UPDATE"
					+ " SET holder = excluded.holder, expires_at = excluded.expires_at"
					+ " WHERE l.expires_at <= now() OR l.holder = excluded.holder RETURNING holder")) {
				s.setString(1, channel);
				s.setString(2, holder);
				s.setDouble(3, ttl.toMillis() / 1000.0);
				try (ResultSet r = s.executeQuery()) {
					return r.next();
				}
			}
		});
	}

	/**
	 * Delivers queued messages in order while this holder has the lease; stops at the first failure (recorded
	 * with the message) or when the lease is lost.
	 *
	 * @return how many messages were delivered
	 */
	public int deliver(Sender sender, Duration ttl) throws StoreException {
		return round(sender, ttl).delivered();
	}

	/** Delivers as {@link #deliver} does and says why it stopped. */
	Round round(Sender sender, Duration ttl) throws StoreException {
		int delivered = 0;
		String[] failure = new String[1];
		while (db.transaction(c -> deliverOne(c, sender, ttl, failure))) {
			delivered++;
		}
		return new Round(true, delivered, failure[0]);
	}

	/** @return whether the channel has messages waiting */
	boolean hasWork() throws StoreException {
		return db.read(c -> {
			try (PreparedStatement s = c.prepareStatement(
					"SELECT EXISTS (SELECT 1 FROM outbox WHERE channel = ? AND delivered_at IS NULL)")) {
				s.setString(1, channel);
				try (ResultSet r = s.executeQuery()) {
					return r.next() && r.getBoolean(1);
				}
			}
		});
	}

	private boolean deliverOne(Connection c, Sender sender, Duration ttl, String[] failure) throws SQLException {
		try (java.sql.Statement s = c.createStatement()) {
			s.execute("SET LOCAL idle_in_transaction_session_timeout = " + Math.max(1, ttl.toMillis()));
		}
		try (PreparedStatement s = c.prepareStatement("UPDATE delivery_lease SET expires_at = now() +"
				+ " make_interval(secs => ?) WHERE channel = ? AND holder = ? AND expires_at > now()")) {
			s.setDouble(1, ttl.toMillis() / 1000.0);
			s.setString(2, channel);
			s.setString(3, holder);
			if (s.executeUpdate() == 0) {
				return false;
			}
		}
		long id;
		String key;
		byte[] payload;
		try (PreparedStatement s = c.prepareStatement("SELECT id, msg_key, payload FROM outbox WHERE channel = ?"
				+ " AND delivered_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE")) {
			s.setString(1, channel);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					return false;
				}
				id = r.getLong(1);
				key = r.getString(2);
				payload = r.getBytes(3);
			}
		}
		Answer answer = null;
		try {
			answer = sender.send(new OutboxMessage(channel, key, payload));
		} catch (Exception e) {
			failure[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
		if (answer == null) {
			failure[0] = failure[0] == null ? "no answer" : failure[0];
			try (PreparedStatement s = c.prepareStatement(
					"UPDATE outbox SET last_error = ?, attempts = attempts + 1 WHERE id = ?")) {
				s.setString(1, failure[0]);
				s.setLong(2, id);
				s.executeUpdate();
			}
			return false;
		}
		try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET delivered_at = now(), delivered_by = ?,"
				+ " accepted = ?, answer = ?, attempts = attempts + 1 WHERE id = ?")) {
			s.setString(1, holder);
			s.setBoolean(2, answer.accepted());
			s.setString(3, answer.detail() == null ? "" : answer.detail());
			s.setLong(4, id);
			s.executeUpdate();
		}
		return true;
	}

	/** @return the keys of messages not yet delivered, oldest first */
	public List<String> pending() throws StoreException {
		return db.read(c -> {
			try (PreparedStatement s = c.prepareStatement(
					"SELECT msg_key FROM outbox WHERE channel = ? AND delivered_at IS NULL ORDER BY id")) {
				s.setString(1, channel);
				List<String> keys = new java.util.ArrayList<>();
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						keys.add(r.getString(1));
					}
				}
				return keys;
			}
		});
	}
}
