package org.spinerad.ris;

import java.time.Instant;

/**
 * A snapshot of one message in the outbox, for listing and display. A new
 * snapshot is handed to listeners after every change.
 *
 * @param controlId         the message control id (MSH-10); the same on every attempt
 * @param reportId          the report the message carries
 * @param accessionNumber   the accession number (ORC-2/3, OBR-2/3), for display
 * @param resultStatus      P, F or C
 * @param addendumCount     how many addenda the report had when queued (0 unless C)
 * @param queuedAt          when it was written to the outbox
 * @param state             where delivery stands
 * @param attempts          how many attempts were started
 * @param lastAttemptAt     when the last attempt started, or null
 * @param nextAttemptAt     when the next attempt is due while queued after a failure, or null
 * @param lastError         why the last attempt failed (RIS down, no acknowledgement, ...), or null
 * @param ackCode           the acknowledgement code of the RIS (AA, AE, AR), or null
 * @param reason            the reason the RIS gave with AE or AR, or why the entry was cancelled, or null
 * @param acknowledgedAt    when the RIS accepted it, or null
 * @param possiblyDelivered whether some attempt may have reached the RIS (then only this control id
 *                          ever carries this content, so the RIS can drop a duplicate)
 */
public record OutboxEntry(String controlId, String reportId, String accessionNumber, ResultStatus resultStatus,
		int addendumCount, Instant queuedAt, DeliveryState state, int attempts, Instant lastAttemptAt,
		Instant nextAttemptAt, String lastError, String ackCode, String reason, Instant acknowledgedAt,
		boolean possiblyDelivered) {

	/** @return a one-line description of the state for the user, e.g. "rejected (AE): unknown accession" */
	public String describeState() {
		return switch (state) {
		case QUEUED -> lastError == null ? "queued" : "queued, retrying: " + lastError;
		case SENDING -> "sending";
		case SENT -> "sent, waiting for the acknowledgement";
		case ACKNOWLEDGED -> "acknowledged";
		case REJECTED -> "rejected (" + ackCode + "): " + reason;
		case CANCELLED -> reason == null ? "cancelled" : "cancelled: " + reason;
		};
	}
}
