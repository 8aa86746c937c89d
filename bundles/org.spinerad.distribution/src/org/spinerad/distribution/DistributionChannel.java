package org.spinerad.distribution;

import java.util.Optional;
import java.util.function.Consumer;

import org.spinerad.model.Report;

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
