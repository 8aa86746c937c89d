package org.spinerad.distribution;

import java.util.Optional;
import java.util.function.Consumer;

import org.spinerad.model.Report;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.TransactionalOutbox;

/**
 * One destination of signed reports (RIS, PACS, ...), registered as an OSGi
 * service (whiteboard): the {@link DistributionService} picks up every channel
 * and hands it each signed report it applies to. A channel queues durably and
 * delivers in the background; it never blocks for the network in
 * {@link #send}.
 */
public interface DistributionChannel {

	/** @return a short stable id, e.g. {@code ris}; used in the ledger and on the command line */
	String id();

	/** @return the name shown to users, e.g. {@code RIS} */
	String label();

	/** @return whether this channel takes the report in its current step (e.g. the PACS takes no preliminary) */
	boolean appliesTo(Report report);

	/**
	 * Queues the report's current step. Calling it again for the same step must
	 * not deliver twice.
	 *
	 * @param report    the signed report as saved
	 * @param rendition its text, rendered once for all channels
	 * @return the state after queueing: {@link ChannelState.Stage#NOT_SENT} with the reason
	 *         when the channel is not configured or refuses the report
	 */
	ChannelState send(Report report, Rendition rendition);

	/**
	 * Builds the message of the report's current step for the store's transactional outbox (department
	 * database), where it is saved in the same transaction as the signed report and delivered by
	 * {@link #deliver} on whichever workstation holds the channel's lease.
	 *
	 * @return the message (its key is set by the service), or empty when this channel queues on its own
	 *         ({@link #send}) or refuses the report (then {@link #send} says why)
	 */
	default Optional<OutboxMessage> outboxMessage(Report report, Rendition rendition) {
		return Optional.empty();
	}

	/**
	 * Delivers a message this channel built with {@link #outboxMessage}; called on a background thread of the
	 * workstation holding the channel's lease.
	 *
	 * @return the destination's answer (accepted or rejected: either way it is not sent again)
	 * @throws Exception when the message must be tried again later (destination unreachable, no answer)
	 */
	default TransactionalOutbox.Answer deliver(OutboxMessage message) throws Exception {
		throw new UnsupportedOperationException(label() + " does not deliver from the department outbox");
	}

	/**
	 * @param recorded the last state the service recorded for this channel
	 * @return the live state when the channel tracks delivery itself (e.g. an outbox), else empty
	 */
	default Optional<ChannelState> state(ChannelState recorded) {
		return Optional.empty();
	}

	/**
	 * Stops delivering the report's current step.
	 *
	 * @throws DistributionException when there is nothing to cancel
	 */
	default ChannelState cancel(ChannelState recorded) throws DistributionException {
		throw new DistributionException(label() + ": delivery cannot be cancelled on this channel");
	}

	/**
	 * Registers a listener told the id of a report whose delivery changed.
	 *
	 * @return a handle whose {@code close()} removes the listener
	 */
	default AutoCloseable onChange(Consumer<String> reportChanged) {
		return () -> {
		};
	}
}
