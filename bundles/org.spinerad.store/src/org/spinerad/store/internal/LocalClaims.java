package org.spinerad.store.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spinerad.store.Actor;
import org.spinerad.store.Claim;
import org.spinerad.store.ClaimedException;

/**
 * Claims of a store used by one workstation: kept in memory, gone at restart.
 * A claim blocks other workstations only; on the same workstation the user who
 * signs in takes it over.
 */
final class LocalClaims {

	private final Map<String, Claim> claims = new ConcurrentHashMap<>();

	synchronized Claim claim(String id, Actor actor, Duration ttl) throws ClaimedException {
		Claim held = live(id);
		if (held != null && !sameWorkstation(held, actor)) {
			throw new ClaimedException(held);
		}
		Instant now = Instant.now();
		Claim claim = new Claim(id, actor, held != null ? held.since() : now, now.plus(ttl), "");
		claims.put(id, claim);
		return claim;
	}

	static boolean sameWorkstation(Claim claim, Actor actor) {
		return claim.holder().workstation().equals(actor.workstation());
	}

	synchronized Claim takeOver(String id, Actor admin, String reason, Duration ttl) {
		Instant now = Instant.now();
		Claim claim = new Claim(id, admin, now, now.plus(ttl), reason);
		claims.put(id, claim);
		return claim;
	}

	synchronized boolean release(String id, Actor actor) {
		Claim held = claims.get(id);
		if (held != null && sameWorkstation(held, actor)) {
			claims.remove(id);
			return true;
		}
		return false;
	}

	synchronized void drop(String id) {
		claims.remove(id);
	}

	synchronized Claim live(String id) {
		Claim held = claims.get(id);
		if (held != null && held.expires().isBefore(Instant.now())) {
			claims.remove(id);
			return null;
		}
		return held;
	}
}
