package org.spinerad.ris.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisExport;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.TransactionalOutbox;

/**
 * The RIS as a distribution channel: every signed step goes into the durable
 * outbox as ORU^R01 (P, F, C), also while no RIS host is set (it then waits,
 * shown as "not sent: RIS not configured", and leaves as soon as a host is set).
 * With the department database the message is instead saved with the signed
 * report in the database's outbox and sent by whichever workstation holds the
 * RIS lease.
 */
@Component(service = DistributionChannel.class)
public final class RisChannel implements DistributionChannel {

	/** Why a queued message does not leave. */
	static final String NOT_CONFIGURED = "RIS not configured: set the RIS host in Preferences (Ctrl+,); "
			+ "the message waits in the outbox";

	@Reference
	volatile RisExport ris;

	/** For Declarative Services. */
	public RisChannel() {
	}

	/** A channel on a given export (tools and tests). */
	public RisChannel(RisExport ris) {
		this.ris = ris;
	}

	@Override
	public String id() {
		return "ris";
	}

	@Override
	public String label() {
		return "RIS";
	}

	@Override
	public boolean appliesTo(Report report) {
		return true;
	}

	@Override
	public ChannelState send(Report report, Rendition rendition) {
		ChannelState base = new ChannelState(report.getId(), id(), label(), null, Stage.QUEUED, "", null);
		try {
			OutboxEntry entry = ris.queue(report, rendition.text());
			if (entry.state() == org.spinerad.ris.DeliveryState.REJECTED) {
				entry = ris.retry(entry.controlId());
			}
			return base.with(stage(entry), detail(entry));
		} catch (RisException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		}
	}

	/** In the department database the ORU^R01 is saved with the signed report; its control id is chosen now. */
	@Override
	public Optional<OutboxMessage> outboxMessage(Report report, Rendition rendition) {
		try {
			ResultStatus status = OruMessageBuilder.check(report);
			String controlId = ControlIds.next();
			String message = new OruMessageBuilder(ris.settings()).build(report, rendition.text(), status, controlId,
					Instant.now());
			return Optional.of(new OutboxMessage(id(), controlId, message.getBytes(StandardCharsets.UTF_8)));
		} catch (RisException e) {
			return Optional.empty(); // send() records why it is not sent
		}
	}

	/** Sends a message of the department outbox over MLLP with the RIS settings in effect. */
	@Override
	public TransactionalOutbox.Answer deliver(OutboxMessage message) throws DeliveryException {
		String text = new String(message.payload(), StandardCharsets.UTF_8);
		String controlId = controlId(text);
		Ack ack = new MllpClient(ris::settings).send(controlId, text, () -> {
		});
		return ack.accepted() ? new TransactionalOutbox.Answer(true, "control id " + controlId)
				: new TransactionalOutbox.Answer(false, "control id " + controlId + "; " + ack.code() + ": "
						+ ack.describeReason());
	}

	/** @return MSH-10 of an encoded message */
	static String controlId(String message) {
		String msh = message.split("\r", 2)[0];
		String[] fields = msh.split("\\|", -1);
		return fields.length > 9 ? fields[9] : "";
	}

	@Override
	public Optional<ChannelState> state(ChannelState recorded) {
		return newest(recorded).map(entry -> recorded.with(stage(entry), detail(entry)));
	}

	@Override
	public ChannelState cancel(ChannelState recorded) throws DistributionException {
		OutboxEntry entry = newest(recorded)
				.orElseThrow(() -> new DistributionException("Nothing of this report is in the RIS outbox"));
		try {
			OutboxEntry cancelled = ris.cancel(entry.controlId());
			return recorded.with(stage(cancelled), detail(cancelled));
		} catch (RisException e) {
			throw new DistributionException(e.getMessage(), e);
		}
	}

	@Override
	public AutoCloseable onChange(Consumer<String> reportChanged) {
		return ris.onChange(entry -> reportChanged.accept(entry.reportId()));
	}

	/** @return the outbox entry of the recorded step, else the newest of the report */
	private Optional<OutboxEntry> newest(ChannelState recorded) {
		return ris.entries(recorded.reportId()).stream().filter(e -> step(e).equals(recorded.step()))
				.max(Comparator.comparing(OutboxEntry::queuedAt));
	}

	private static String step(OutboxEntry entry) {
		return switch (entry.resultStatus()) {
		case PRELIMINARY -> "P";
		case FINAL -> "F";
		case CORRECTED -> "C" + entry.addendumCount();
		};
	}

	private Stage stage(OutboxEntry entry) {
		return switch (entry.state()) {
		case QUEUED -> ris.settings().isConfigured() ? Stage.QUEUED : Stage.NOT_SENT;
		case SENDING, SENT -> Stage.SENDING;
		case ACKNOWLEDGED -> Stage.DELIVERED;
		case REJECTED -> Stage.REJECTED;
		case CANCELLED -> Stage.CANCELLED;
		};
	}

	private String detail(OutboxEntry entry) {
		if (entry.state() == org.spinerad.ris.DeliveryState.QUEUED && !ris.settings().isConfigured()) {
			return NOT_CONFIGURED;
		}
		String described = entry.describeState();
		String word = entry.state().name().toLowerCase(java.util.Locale.ROOT);
		String rest = described.startsWith(word) ? described.substring(word.length()).replaceFirst("^[,:]?\\s*", "")
				: described;
		return ("control id " + entry.controlId() + (rest.isEmpty() ? "" : "; " + rest)).strip();
	}
}
