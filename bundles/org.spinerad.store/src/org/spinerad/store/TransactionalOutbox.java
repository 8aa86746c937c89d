package org.spinerad.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox of a store that queues messages in the transaction that saves a
 * report ({@link ReportStore#save(org.spinerad.model.Report, long, Actor, List)}),
 * so a signed report and its messages are committed together or not at all.
 * Any number of workstations deliver from it; one at a time per channel holds
 * the channel's lease (renewed while it delivers, taken over by another once it
 * lapses) and each message is marked delivered in the transaction that sent it.
 * Only a shared database offers it ({@link ReportStore#outbox()}).
 */
public interface TransactionalOutbox {

	/** Sends one message and returns the destination's answer; throws when it must be tried again later. */
	@FunctionalInterface
	interface Sender {
		Answer send(OutboxMessage message) throws Exception;
	}

	/**
	 * What the destination said about a message; either way the message is settled and never sent again.
	 *
	 * @param accepted whether it was accepted (else rejected, e.g. an HL7 AE)
	 * @param detail   what to show, e.g. the control id or the reason of a rejection
	 */
	record Answer(boolean accepted, String detail) {
	}

	/**
	 * One delivery round of a channel.
	 *
	 * @param leased    whether this holder had the channel's lease (false: another workstation delivers)
	 * @param delivered how many messages were settled
	 * @param failure   why the round stopped early (the message stays queued), or null
	 */
	record Round(boolean leased, int delivered, String failure) {
	}

	/**
	 * A queued or settled message.
	 *
	 * @param answeredAt when it was settled, or null while it waits
	 * @param accepted   the answer (meaningful once settled)
	 * @param detail     the answer's detail once settled, else the last failure or ""
	 */
	record Queued(String channel, String key, String reportId, Instant queuedAt, Instant answeredAt, boolean accepted,
			String detail, String deliveredBy, int attempts) {

		/** @return whether the message waits for (another) attempt */
		public boolean waiting() {
			return answeredAt == null;
		}
	}

	/**
	 * Queues messages of a report outside a save (a report signed without them, a retry); a key already queued
	 * keeps its first message.
	 */
	void queue(String reportId, List<OutboxMessage> messages) throws StoreException;

	/**
	 * Takes the channel's lease for a holder when it is free or lapsed (renews it when the holder has it) and
	 * delivers the channel's waiting messages oldest first; stops at the first failure, which stays with the
	 * message.
	 *
	 * @param holder who delivers, e.g. the workstation's host name and process
	 * @param lease  how long the lease holds without renewal; longer than one attempt takes
	 */
	Round deliver(String channel, String holder, Duration lease, Sender sender) throws StoreException;

	/** @return the messages of a report, oldest first */
	List<Queued> messages(String reportId) throws StoreException;
}
