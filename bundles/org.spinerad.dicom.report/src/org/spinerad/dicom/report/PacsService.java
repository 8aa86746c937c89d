package org.spinerad.dicom.report;

import java.io.IOException;
import java.util.List;

import org.spinerad.model.Report;

/**
 * The PACS for the UI (an OSGi service): worklist search over QIDO-RS, and
 * sending signed reports as DICOM SR over STOW-RS. A send that fails (PACS
 * down, not configured, refused) is kept in the durable failed queue
 * on disk and can be retried; nothing is lost.
 */
public interface PacsService {

	/**
	 * @return studies of the query (e.g. {@link StudyQuery#mr}) on the PACS
	 * @throws DicomWebException when the PACS is not configured, unreachable, or
	 *                           answers with an error
	 */
	List<WorklistStudy> searchStudies(StudyQuery query) throws DicomWebException;

	/**
	 * Exports a report (preliminary, final or amended; not a draft) as SR and
	 * stores it on the PACS. When that fails, the SR goes into the failed queue.
	 *
	 * @return stored, or queued with the reason
	 * @throws SrExportException when the report cannot become an SR (a draft, no
	 *                           Study Instance UID, ...): nothing is queued
	 * @throws IOException       when the failed queue cannot be written
	 */
	SendResult send(Report report) throws SrExportException, IOException;

	/**
	 * Stores an SR file as it is (e.g. one made before for the same signed
	 * step); when that fails, it goes into the failed queue (once per SOP
	 * Instance UID).
	 *
	 * @param part10   the SR as a DICOM Part 10 file
	 * @param reportId the report it was made from
	 * @return stored, or queued with the reason
	 * @throws IOException when the file is no readable DICOM or the failed queue cannot be written
	 */
	SendResult send(byte[] part10, String reportId) throws IOException;

	/** @return the SRs waiting in the failed queue, oldest first */
	List<QueuedSend> failedQueue() throws IOException;

	/**
	 * Sends a queued SR again (the same file, the same UIDs); removes it from
	 * the queue when the PACS stores it, else records the failure.
	 */
	SendResult retry(QueuedSend entry) throws IOException;

	/** Retries every queued SR, oldest first. */
	List<SendResult> retryAll() throws IOException;
}
