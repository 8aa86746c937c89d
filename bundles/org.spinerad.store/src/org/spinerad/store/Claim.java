package org.spinerad.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A study being reported: while the claim holds, only its holder may save the
 * report; everyone else reads it. A claim ends at sign-off, when the holder
 * closes the report, when it expires (its holder stopped renewing it, e.g. the
 * workstation died), or when an admin takes it over with a recorded reason.
 *
 * @param reportId the claimed report
 * @param holder   who reports it, and where
 * @param since    when it was claimed
 * @param expires  when it lapses unless renewed
 * @param reason   why an admin took it over, else empty
 */
public record Claim(String reportId, Actor holder, Instant since, Instant expires, String reason) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
			.withZone(ZoneId.systemDefault());

	/** @return e.g. "being reported by Dr X on WS3 since 10:02" */
	public String describe() {
		return "being reported by " + holder.describe() + " since " + TIME.format(since);
	}

	/** @return whether this claim is held by the given user on the given workstation */
	public boolean heldBy(Actor actor) {
		return holder.equals(actor);
	}
}
