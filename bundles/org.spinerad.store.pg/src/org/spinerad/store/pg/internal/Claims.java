package org.spinerad.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.spinerad.store.Actor;
import org.spinerad.store.Claim;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.StoreChange;
import org.spinerad.store.StoreException;

/**
 * Study claims in the {@code claim} table. A claim lapses at its expiry time
 * unless its holder renews it, so a workstation that dies leaves no claim
 * forever. Every claim, release and takeover is audited and announced.
 */
final class Claims {

	private static final String COLUMNS = "report_id, holder, workstation, since, expires_at, reason";

	private Claims() {
	}

	static Claim claim(Connection c, String id, Actor actor, Duration ttl) throws SQLException, StoreException {
		String sql = "INSERT INTO claim AS k (" + COLUMNS + ") VALUES (?, ?, ?, now(), now() + make_interval(secs => ?), '')"
				+ " ON CONFLICT (report_id) DO UPDATE SET holder = excluded.holder, workstation = excluded.workstation,"
				+ " since = CASE WHEN k.expires_at > now() THEN k.since ELSE now() END,"
				+ " expires_at = excluded.expires_at, reason = CASE WHEN k.expires_at > now() THEN k.reason ELSE '' END"
				+ " WHERE k.expires_at <= now() OR (k.holder = excluded.holder AND k.workstation = excluded.workstation)"
				+ " RETURNING " + COLUMNS + ", since = now() AS fresh";
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, id);
			s.setString(2, actor.user());
			s.setString(3, actor.workstation());
			s.setDouble(4, ttl.toMillis() / 1000.0);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					Claim claim = read(r);
					if (r.getBoolean(7)) {
						Audit.record(c, id, "claimed", actor, "");
						Notifier.announce(c, id, StoreChange.Kind.CLAIMED, 0, actor);
					}
					return claim;
				}
			}
		}
		Claim held = live(c, id);
		throw new ClaimedException(held != null ? held : new Claim(id, new Actor("", ""), java.time.Instant.now(),
				java.time.Instant.now(), ""));
	}

	static Claim takeOver(Connection c, String id, Actor admin, String reason, Duration ttl)
			throws SQLException, StoreException {
		Claim before = live(c, id);
		String sql = "INSERT INTO claim AS k (" + COLUMNS + ") VALUES (?, ?, ?, now(), now() + make_interval(secs => ?), ?)"
				+ " ON CONFLICT (report_id) DO UPDATE SET holder = excluded.holder, workstation = excluded.workstation,"
				+ " since = now(), expires_at = excluded.expires_at, reason = excluded.reason RETURNING " + COLUMNS;
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, id);
			s.setString(2, admin.user());
			s.setString(3, admin.workstation());
			s.setDouble(4, ttl.toMillis() / 1000.0);
			s.setString(5, reason);
			try (ResultSet r = s.executeQuery()) {
				r.next();
				String from = before == null ? "nobody" : before.holder().describe();
				Audit.record(c, id, "took over", admin, "from " + from + ": " + reason);
				Notifier.announce(c, id, StoreChange.Kind.CLAIMED, 0, admin);
				return read(r);
			}
		}
	}

	static void release(Connection c, String id, Actor actor) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"DELETE FROM claim WHERE report_id = ? AND holder = ? AND workstation = ?")) {
			s.setString(1, id);
			s.setString(2, actor.user());
			s.setString(3, actor.workstation());
			if (s.executeUpdate() > 0) {
				Audit.record(c, id, "released", actor, "");
				Notifier.announce(c, id, StoreChange.Kind.RELEASED, 0, actor);
			}
		}
	}

	/** Drops any claim on a report (sign-off, delete) in the caller's transaction. */
	static void drop(Connection c, String id, Actor actor) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("DELETE FROM claim WHERE report_id = ?")) {
			s.setString(1, id);
			if (s.executeUpdate() > 0) {
				Notifier.announce(c, id, StoreChange.Kind.RELEASED, 0, actor);
			}
		}
	}

	/** @return the live claim on a report, or null */
	static Claim live(Connection c, String id) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT " + COLUMNS + " FROM claim WHERE report_id = ? AND expires_at > now()")) {
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? read(r) : null;
			}
		}
	}

	/** @throws ClaimedException when someone other than the actor holds a live claim */
	static void check(Connection c, String id, Actor actor) throws SQLException, ClaimedException {
		Claim held = live(c, id);
		if (held != null && !held.heldBy(actor)) {
			throw new ClaimedException(held);
		}
	}

	private static Claim read(ResultSet r) throws SQLException {
		return new Claim(r.getString(1), new Actor(r.getString(2), r.getString(3)), r.getTimestamp(4).toInstant(),
				r.getTimestamp(5).toInstant(), r.getString(6));
	}
}
