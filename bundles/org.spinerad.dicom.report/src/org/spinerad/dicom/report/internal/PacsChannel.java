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
import org.spinerad.dicom.report.SrReference;
import org.spinerad.dicom.report.internal.SentSrs.Made;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.store.ReportStore;

/**
 * The PACS as a distribution channel: a final or amended report goes as DICOM
 * SR over STOW-RS. Each signed step (F, C1, C2, ...) is one SR instance whose
 * UIDs are recorded in the report store before it is first sent, so a retry
 * sends the same instance again, and the SR of an addendum names the SR of the
 * step before it in its Predecessor Documents Sequence. What the PACS does not
 * take stays in the failed queue; the next send of the report sends its queued
 * SRs first, oldest step first.
 */
@Component(service = DistributionChannel.class)
public final class PacsChannel implements DistributionChannel {

	/** Why nothing reaches the PACS. */
	static final String NOT_CONFIGURED = "PACS not configured: set the PACS DICOMweb URL in Preferences (Ctrl+,), then retry";

	@Reference
	volatile PacsService pacs;
	@Reference
	volatile ReportStore store;

	private final SrExporter exporter = new SrExporter();

	/** For Declarative Services. */
	public PacsChannel() {
	}

	/** A channel on a given PACS service and store (tools and tests). */
	public PacsChannel(PacsService pacs, ReportStore store) {
		this.pacs = pacs;
		this.store = store;
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

	/** @return the signed step the SR of a final or amended report stands for: F, or C and the number of addenda */
	static String step(Report report) {
		return report.getAddenda().isEmpty() ? "F" : "C" + report.getAddenda().size();
	}

	/** @return the step before: F before C1, C1 before C2; null before F */
	static String previous(String step) {
		if (!step.startsWith("C")) {
			return null;
		}
		int n = Integer.parseInt(step.substring(1));
		return n <= 1 ? "F" : "C" + (n - 1);
	}

	@Override
	public ChannelState send(Report report, Rendition rendition) {
		String step = step(report);
		ChannelState base = new ChannelState(report.getId(), id(), label(), step, Stage.QUEUED, "", null);
		try {
			if (PacsSettings.pacsUrl().isEmpty()) {
				return base.with(Stage.NOT_SENT, NOT_CONFIGURED);
			}
			SendResult result = sendStep(report, step);
			return base.with(result.stored() ? Stage.DELIVERED : Stage.QUEUED,
					"step " + step + ", SOP Instance UID " + result.sopInstanceUid() + "; " + result.message());
		} catch (DicomWebException | SrExportException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		} catch (IOException e) {
			return base.with(Stage.NOT_SENT, "the SR of step " + step + " cannot be recorded or queued: "
					+ e.getMessage() + "; check the store and the disk, then retry");
		}
	}

	/** One step at a time, so two attempts of the same step never make two instances. */
	private synchronized SendResult sendStep(Report report, String step) throws SrExportException, IOException {
		SentSrs srs = new StoreSentSrs(store);
		String before = previous(step);
		SrReference predecessor = before == null ? null
				: srs.find(report.getId(), before).map(Made::sr).orElse(null);
		Optional<Made> made = srs.find(report.getId(), step);
		if (made.isEmpty()) {
			// export once before recording: a report that cannot become an SR records nothing
			SrReference fresh = SrReference.of(exporter.toDataSet(report, predecessor, note -> {
			}));
			made = Optional.of(srs.record(report.getId(), step, fresh));
		}
		SrReference self = made.get().sr();
		List<QueuedSend> waiting = queued(report.getId());
		for (QueuedSend earlier : waiting) {
			if (!earlier.sopInstanceUid().equals(self.sopInstanceUid())) {
				pacs.retry(earlier);
			}
		}
		Optional<QueuedSend> mine = waiting.stream().filter(q -> q.sopInstanceUid().equals(self.sopInstanceUid()))
				.findFirst();
		if (mine.isPresent()) {
			return pacs.retry(mine.get());
		}
		byte[] sr = exporter.as(self, made.get().madeAt()).toBytes(report, predecessor, SrExporter::log);
		return pacs.send(sr, report.getId());
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
