package org.spinerad.dicom.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An SR that could not be sent, kept in the failed-queue folder for retry.
 *
 * @param file           the Part 10 file in the queue folder
 * @param sopInstanceUid its SOP Instance UID (a retry sends the same instance)
 * @param reportId       the report it was made from, or null
 * @param attempts       failed attempts so far
 * @param firstFailure   when the first attempt failed
 * @param lastFailure    when the last attempt failed
 * @param reason         why the last attempt failed
 */
public record QueuedSend(Path file, String sopInstanceUid, String reportId, int attempts, Instant firstFailure,
		Instant lastFailure, String reason) {
}
