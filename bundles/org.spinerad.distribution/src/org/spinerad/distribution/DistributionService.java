package org.spinerad.distribution;

import java.util.List;
import java.util.function.Consumer;

import org.spinerad.model.Report;
import org.spinerad.store.OutboxMessage;

/**
 * Sends a signed report on (an OSGi service). Signing (preliminary, final,
 * addendum) hands the saved report to {@link #distribute}, which records the
 * step durably, renders the text once and queues it on every
 * {@link DistributionChannel} that applies. When the workstation starts, signed
 * reports of the store whose step was never queued (a crash between saving and
 * queueing) are distributed again.
 * <p>
 * With a store that has a transactional outbox (the department database) the
 * messages of channels that can use it are saved with the signed report
 * ({@link #outboxMessages}) and delivered by whichever workstation holds the
 * channel's lease, exactly once.
 */
public interface DistributionService {

	/**
	 * Records the report's signed step on disk and queues it in the background on
	 * every channel that applies; returns at once.
	 *
	 * @param report a signed report as saved in the store
	 * @return the recorded states, one per channel ({@code PENDING} until queued)
	 * @throws DistributionException for a draft, a report without id, or when the record cannot be written
	 */
	List<ChannelState> distribute(Report report) throws DistributionException;

	/**
	 * Renders a signed report once and builds the messages of the channels that queue in the store's
	 * transactional outbox (department database). Saving them with the report
	 * ({@link org.spinerad.store.ReportStore#save(Report, long, org.spinerad.store.Actor, List)}) commits the
	 * signed report and its messages together or not at all; {@link #distribute} afterwards queues the other
	 * channels with the same text and records every state.
	 *
	 * @return the messages; empty with a store without outbox (folder store) or when the report cannot be
	 *         rendered (then {@link #distribute} records why)
	 */
	List<OutboxMessage> outboxMessages(Report report);

	/** @return whether the report's template is installed, so {@link #render} can be tried */
	boolean canRender(Report report);

	/**
	 * Renders a report's plain text with its template, as it is handed to the channels.
	 *
	 * @throws DistributionException when the template is not installed or fails
	 */
	Rendition render(Report report) throws DistributionException;

	/** @return the states of one report, one per channel, in channel order; empty when never distributed */
	List<ChannelState> states(String reportId);

	/** @return the states of every distributed report */
	List<ChannelState> states();

	/** @return the installed channels */
	List<DistributionChannel> channels();

	/**
	 * Queues the report's step on one channel again (after NOT_SENT, REJECTED or CANCELLED).
	 *
	 * @throws DistributionException when the report or the channel is unknown
	 */
	ChannelState retry(String reportId, String channel) throws DistributionException;

	/**
	 * Stops the delivery of the report's step on one channel.
	 *
	 * @throws DistributionException when it cannot be cancelled
	 */
	ChannelState cancel(String reportId, String channel) throws DistributionException;

	/**
	 * Finds signed reports of the store whose current step was not queued, or
	 * whose queueing was cut short, and distributes them.
	 *
	 * @return how many reports were distributed
	 */
	int recover();

	/**
	 * Registers a listener called with a state after every change, on a background thread.
	 *
	 * @return a handle whose {@code close()} removes the listener
	 */
	AutoCloseable onChange(Consumer<ChannelState> listener);
}
