package org.spinerad.ris;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.spinerad.model.Report;

/**
 * Sends signed reports to the RIS, as an OSGi service. {@link #queue} writes the
 * HL7 message to a durable outbox on disk and returns at once; a background
 * thread delivers it over MLLP, retrying with growing pauses until the RIS
 * acknowledges it, across RIS outages and workstation restarts. A retry always
 * reuses the message's control id, and a report's final result travels under
 * one control id for its whole life, so the RIS can drop duplicates and a
 * report is never delivered twice as final.
 * <p>
 * Listeners hear of every change on the thread that made it (mostly the
 * delivery thread): a UI must hop to its own thread, e.g. with
 * {@code UISynchronize}.
 */
public interface RisExport {

	/**
	 * Queues the message that matches the report's status: P after signing
	 * preliminary, F after signing final, C (corrected) after an addendum. Calling
	 * it again for the same step returns the entry already queued (a cancelled one
	 * is queued again under its control id); nothing is sent twice.
	 *
	 * @param report       a signed report (preliminary, final or amended)
	 * @param renderedText the plain-text report as rendered by its template
	 * @return the outbox entry, already on disk
	 * @throws RisException when the report cannot be sent (a draft, no accession number or patient id)
	 *                      or the outbox cannot be written
	 */
	OutboxEntry queue(Report report, String renderedText) throws RisException;

	/** @return every entry of the outbox, oldest first */
	List<OutboxEntry> entries();

	/** @return the entries of one report, oldest first */
	List<OutboxEntry> entries(String reportId);

	/** @return the entry with this control id */
	Optional<OutboxEntry> entry(String controlId);

	/** @return the HL7 message of an entry as sent (segments separated by carriage returns) */
	Optional<String> message(String controlId);

	/**
	 * Sends a queued, rejected or cancelled entry again now, with the same control
	 * id, and resets the pause between attempts.
	 *
	 * @throws RisException for an unknown entry or one that was acknowledged (never sent twice)
	 */
	OutboxEntry retry(String controlId) throws RisException;

	/**
	 * Stops trying to send an entry. For an entry being sent right now the cancel
	 * takes effect when the attempt ends, unless the RIS acknowledges it.
	 *
	 * @return the entry: cancelled, or still in flight with the cancel pending
	 * @throws RisException for an unknown or acknowledged entry
	 */
	OutboxEntry cancel(String controlId) throws RisException;

	/**
	 * Registers a listener called with the new snapshot after every change of an entry.
	 *
	 * @return a handle whose {@code close()} removes the listener
	 */
	AutoCloseable onChange(Consumer<OutboxEntry> listener);

	/** @return the settings in effect */
	RisSettings settings();

	/** Uses new settings from now on (for messages queued later, and for every next attempt). */
	void applySettings(RisSettings settings);

	/** @return the outbox folder */
	Path outboxFolder();
}
