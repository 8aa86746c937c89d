package org.spinerad.ris;

/** Where a message in the outbox stands. */
public enum DeliveryState {

	/** On disk, waiting for its first or next attempt (after a failed one: see the entry's last error). */
	QUEUED,
	/** An attempt is connecting to the RIS and writing the message. */
	SENDING,
	/** Written to the RIS; waiting for its acknowledgement. */
	SENT,
	/** The RIS accepted the message (AA): delivered, and never sent again. */
	ACKNOWLEDGED,
	/** The RIS refused the message (AE or AR); the entry says why. The user may retry or cancel. */
	REJECTED,
	/** Cancelled by the user (or superseded); not sent unless retried. */
	CANCELLED;

	/** @return whether delivery is over for now (acknowledged, rejected or cancelled) */
	public boolean isSettled() {
		return this == ACKNOWLEDGED || this == REJECTED || this == CANCELLED;
	}

	/** @return whether an attempt is under way */
	public boolean isInFlight() {
		return this == SENDING || this == SENT;
	}
}
