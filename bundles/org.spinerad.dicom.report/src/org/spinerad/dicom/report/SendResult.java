package org.spinerad.dicom.report;

/**
 * What became of sending one SR to the PACS: stored, or kept in the failed
 * queue for retry.
 *
 * @param sopInstanceUid the SR's SOP Instance UID
 * @param stored         true when the PACS stored it
 * @param queued         the failed-queue entry when it was not stored, else null
 * @param message        one line for the user
 */
public record SendResult(String sopInstanceUid, boolean stored, QueuedSend queued, String message) {
}
