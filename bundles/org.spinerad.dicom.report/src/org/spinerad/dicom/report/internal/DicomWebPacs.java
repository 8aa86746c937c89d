package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.dicom.DicomException;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.DicomWebException;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.QueuedSend;
import org.spinerad.dicom.report.SendResult;
import org.spinerad.dicom.report.SrExportException;
import org.spinerad.dicom.report.StowResult;
import org.spinerad.dicom.report.StudyQuery;
import org.spinerad.dicom.report.WorklistStudy;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;

/**
 * {@link PacsService} over DICOMweb. The PACS URL is looked up on each call
 * (so a changed setting applies at once); without one, searches fail with a
 * clear message and sends go to the failed queue.
 */
public class DicomWebPacs implements PacsService {

	/** Finds the client of the PACS to use now. */
	@FunctionalInterface
	public interface ClientSource {
		/** @throws DicomWebException when no PACS is configured */
		DicomWebClient client() throws DicomWebException;
	}

	private final ClientSource clients;
	private final StowQueue queue;
	private final SrExporter exporter;

	/** The PACS of the settings, the default queue folder, SR dates in the system zone. */
	public DicomWebPacs() {
		this(DicomWebClient::fromSettings, StowQueue.defaultQueue(), new SrExporter());
	}

	public DicomWebPacs(ClientSource clients, StowQueue queue, SrExporter exporter) {
		this.clients = clients;
		this.queue = queue;
		this.exporter = exporter;
	}

	/** @return the failed queue */
	public StowQueue queue() {
		return queue;
	}

	@Override
	public List<WorklistStudy> searchStudies(StudyQuery query) throws DicomWebException {
		return clients.client().searchStudies(query);
	}

	@Override
	public SendResult send(Report report) throws SrExportException, IOException {
		if (report.getStatus() == null || report.getStatus() == ReportStatus.DRAFT) {
			throw new SrExportException("a draft is not sent to the PACS; sign it (preliminary or final) first");
		}
		byte[] sr = exporter.toBytes(report);
		String uid = sopInstanceUid(sr);
		return sendOrQueue(sr, uid, report.getId(), null);
	}

	@Override
	public SendResult send(byte[] part10, String reportId) throws IOException {
		return sendOrQueue(part10, sopInstanceUid(part10), reportId, null);
	}

	private SendResult sendOrQueue(byte[] sr, String uid, String reportId, QueuedSend queued) throws IOException {
		String failure;
		try {
			DicomWebClient client = clients.client();
			StowResult result = client.store(List.of(sr));
			if (result.success()) {
				if (queued != null) {
					queue.remove(queued);
				}
				return new SendResult(uid, true, null, "stored on the PACS (" + client.base() + ")");
			}
			failure = result.message();
		} catch (DicomWebException e) {
			failure = e.getMessage();
		}
		QueuedSend entry = queued == null ? queue.add(sr, uid, reportId, failure) : queue.failedAgain(queued, failure);
		return new SendResult(uid, false, entry, "not stored, kept for retry (" + entry.attempts() + " attempt"
				+ (entry.attempts() == 1 ? "" : "s") + "): " + failure);
	}

	@Override
	public List<QueuedSend> failedQueue() throws IOException {
		return queue.list();
	}

	@Override
	public SendResult retry(QueuedSend entry) throws IOException {
		return sendOrQueue(queue.read(entry), entry.sopInstanceUid(), entry.reportId(), entry);
	}

	@Override
	public List<SendResult> retryAll() throws IOException {
		List<SendResult> results = new ArrayList<>();
		for (QueuedSend entry : queue.list()) {
			results.add(retry(entry));
		}
		return results;
	}

	private static String sopInstanceUid(byte[] part10) throws IOException {
		try {
			String uid = DicomReader.read(part10).dataSet().getString(Tag.SOPInstanceUID);
			if (uid == null) {
				throw new IOException("the SR has no SOP Instance UID");
			}
			return uid;
		} catch (DicomException e) {
			throw new IOException("not a readable DICOM file: " + e.getMessage(), e);
		}
	}
}
