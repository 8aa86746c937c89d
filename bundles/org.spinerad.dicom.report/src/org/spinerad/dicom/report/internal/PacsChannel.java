package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.dicom.report.DicomWebException;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.PacsSettings;
import org.spinerad.dicom.report.QueuedSend;
import org.spinerad.dicom.report.SendResult;
import org.spinerad.dicom.report.SrExportException;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;

/**
 * The PACS as a distribution channel: a final or amended report goes as DICOM
 * SR over STOW-RS; what the PACS does not take stays in the failed queue, and
 * the next send of the report sends the queued SR again (same UIDs) rather
 * than a new one.
 */
@Component(service = DistributionChannel.class)
public final class PacsChannel implements DistributionChannel {

	/** Why nothing reaches the PACS. */
	static final String NOT_CONFIGURED = "PACS not configured: set the PACS DICOMweb URL in Preferences (Ctrl+,), then retry";

	@Reference
	volatile PacsService pacs;

	/** For Declarative Services. */
	public PacsChannel() {
	}

	/** A channel on a given PACS service (tools and tests). */
	public PacsChannel(PacsService pacs) {
		this.pacs = pacs;
	}

	@Override
	public String id() {
		return "pacs";
	}

	@Override
	public String label() {
		return "PACS";
	}

	@Override
	public boolean appliesTo(Report report) {
		return report.getStatus() == ReportStatus.FINAL || report.getStatus() == ReportStatus.AMENDED;
	}

	@Override
	public ChannelState send(Report report, Rendition rendition) {
		ChannelState base = new ChannelState(report.getId(), id(), label(), null, Stage.QUEUED, "", null);
		try {
			if (PacsSettings.pacsUrl().isEmpty()) {
				return base.with(Stage.NOT_SENT, NOT_CONFIGURED);
			}
			List<QueuedSend> waiting = queued(report.getId());
			SendResult result = waiting.isEmpty() ? pacs.send(report) : pacs.retry(waiting.getLast());
			return base.with(result.stored() ? Stage.DELIVERED : Stage.QUEUED,
					"SOP Instance UID " + result.sopInstanceUid() + "; " + result.message());
		} catch (DicomWebException | SrExportException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		} catch (IOException e) {
			return base.with(Stage.NOT_SENT, "the failed-send queue cannot be written: " + e.getMessage());
		}
	}

	@Override
	public Optional<ChannelState> state(ChannelState recorded) {
		if (recorded.stage() != Stage.QUEUED) {
			return Optional.empty();
		}
		try {
			return queued(recorded.reportId()).isEmpty()
					? Optional.of(recorded.with(Stage.DELIVERED, "stored on the PACS by a retry"))
					: Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private List<QueuedSend> queued(String reportId) throws IOException {
		return pacs.failedQueue().stream().filter(q -> reportId.equals(q.reportId())).toList();
	}
}
