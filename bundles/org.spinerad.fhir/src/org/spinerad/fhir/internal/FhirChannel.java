package org.spinerad.fhir.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.Rendition;
import org.spinerad.fhir.FhirException;
import org.spinerad.fhir.FhirSettings;
import org.spinerad.fhir.FhirStatus;
import org.spinerad.fhir.internal.FhirOutbox.Entry;
import org.spinerad.fhir.internal.FhirOutbox.State;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/**
 * The FHIR server as a distribution channel: every signed step (preliminary,
 * final, amended) goes into the durable FHIR outbox as a transaction Bundle,
 * also while no server is set (it then waits, shown as "not sent: FHIR server
 * not configured", and leaves as soon as a base URL is set). The
 * DiagnosticReport carries the report's PDF and its text as presented forms.
 */
@Component(service = DistributionChannel.class)
public final class FhirChannel implements DistributionChannel {

	/** Why a queued Bundle does not leave. */
	static final String NOT_CONFIGURED = "FHIR server not configured: set the FHIR base URL (preference node "
			+ FhirSettings.NODE + ", key baseUrl); the report waits in the FHIR outbox";

	@Reference
	volatile PdfService pdf;

	private FhirOutbox outbox;
	private Supplier<FhirSettings> settings;
	private FhirDeliverer deliverer;
	private AutoCloseable preferences;

	/** For Declarative Services: the default outbox and the settings of the preferences. */
	public FhirChannel() {
	}

	/**
	 * A channel on a given outbox, settings and PDF service (tools and tests);
	 * delivers until {@link #deactivate()}.
	 */
	public FhirChannel(FhirOutbox outbox, Supplier<FhirSettings> settings, PdfService pdf) {
		this.pdf = pdf;
		start(outbox, settings);
	}

	@Activate
	void activate() {
		start(FhirOutbox.defaultOutbox(), FhirSettings::fromPreferences);
		preferences = ServicePreferences.onChange(FhirSettings.NODE, this::settingsChanged);
	}

	/** Looks at the outbox again now that the settings may have changed. */
	public void settingsChanged() {
		deliverer.wake();
	}

	private void start(FhirOutbox box, Supplier<FhirSettings> s) {
		this.outbox = box;
		this.settings = s;
		this.deliverer = new FhirDeliverer(box, s);
	}

	/** Stops delivering (queued steps stay in the outbox). */
	@Deactivate
	public void deactivate() {
		if (preferences != null) {
			try {
				preferences.close();
			} catch (Exception e) {
				// nothing to do: the node is gone
			}
		}
		deliverer.close();
	}

	/** @return the outbox */
	public FhirOutbox outbox() {
		return outbox;
	}

	@Override
	public String id() {
		return "fhir";
	}

	@Override
	public String label() {
		return "FHIR";
	}

	@Override
	public boolean appliesTo(Report report) {
		return true;
	}

	@Override
	public ChannelState send(Report report, Rendition rendition) {
		ChannelState base = new ChannelState(report.getId(), id(), label(), null, Stage.QUEUED, "", null);
		try {
			FhirStatus status = FhirReportBuilder.check(report);
			String json = Fhir.json(new FhirReportBuilder().build(report, rendition.text(), pdf.render(report)));
			Entry entry = outbox.add(report.getId(), step(report, status), json);
			deliverer.wake();
			return base.with(stage(entry), detail(entry));
		} catch (FhirException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		} catch (PdfException e) {
			return base.with(Stage.NOT_SENT, "the PDF for the FHIR server cannot be made: " + e.getMessage());
		} catch (IOException e) {
			return base.with(Stage.NOT_SENT, "FHIR outbox " + outbox.folder() + " cannot be written: "
					+ e.getMessage() + "; check the disk and retry");
		}
	}

	/** @return the step of a report: P, F, or C and the number of addenda */
	static String step(Report report, FhirStatus status) {
		return switch (status) {
		case PRELIMINARY -> "P";
		case FINAL -> "F";
		case AMENDED -> "C" + report.getAddenda().size();
		};
	}

	@Override
	public Optional<ChannelState> state(ChannelState recorded) {
		return newest(recorded).map(e -> recorded.with(stage(e), detail(e)));
	}

	@Override
	public ChannelState cancel(ChannelState recorded) throws DistributionException {
		Entry entry = newest(recorded).filter(Entry::pending)
				.orElseThrow(() -> new DistributionException("Nothing of this report waits in the FHIR outbox"));
		Entry cancelled = entry.with(State.CANCELLED, entry.attempts(), "cancelled by the user", entry.nextAttempt());
		try {
			outbox.write(cancelled);
		} catch (IOException e) {
			throw new DistributionException("FHIR outbox " + outbox.folder() + " cannot be written: " + e.getMessage(),
					e);
		}
		return recorded.with(stage(cancelled), detail(cancelled));
	}

	@Override
	public AutoCloseable onChange(Consumer<String> reportChanged) {
		return deliverer.onChange(e -> reportChanged.accept(e.reportId()));
	}

	private Optional<Entry> newest(ChannelState recorded) {
		try {
			return outbox.entries(recorded.reportId()).stream()
					.filter(e -> recorded.step().isEmpty() || e.step().equals(recorded.step()))
					.max(Comparator.comparing(Entry::queuedAt));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private Stage stage(Entry e) {
		return switch (e.state()) {
		case QUEUED -> settings.get().isConfigured() ? Stage.QUEUED : Stage.NOT_SENT;
		case SENDING -> Stage.SENDING;
		case DELIVERED -> Stage.DELIVERED;
		case REJECTED -> Stage.REJECTED;
		case CANCELLED -> Stage.CANCELLED;
		};
	}

	private String detail(Entry e) {
		if (e.state() == State.QUEUED && !settings.get().isConfigured()) {
			return NOT_CONFIGURED;
		}
		return ("step " + e.step() + (e.detail().isEmpty() ? "" : "; " + e.detail())).strip();
	}
}
