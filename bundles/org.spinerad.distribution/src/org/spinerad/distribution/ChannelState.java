package org.spinerad.distribution;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one step of one report stands on one channel.
 *
 * @param reportId the report
 * @param channel  the channel id, e.g. {@code ris}
 * @param label    the channel's name for users, e.g. {@code RIS}
 * @param step     the signed step: {@code P} (preliminary), {@code F} (final), {@code C1}, {@code C2}, ...
 *                 (after the n-th addendum)
 * @param stage    where delivery stands
 * @param detail   why (for NOT_SENT, REJECTED, a retried QUEUED) or what (DELIVERED), or empty
 * @param at       when this state was reached
 */
public record ChannelState(String reportId, String channel, String label, String step, Stage stage, String detail,
		Instant at) {

	/** Where delivery stands. */
	public enum Stage {
		/** Recorded by the service, not yet handed to the channel (a crash here is recovered at start). */
		PENDING,
		/** Not sent and not queued: the detail says why and what to do. */
		NOT_SENT,
		/** Queued on the channel, waiting for its first or next attempt. */
		QUEUED,
		/** An attempt is under way. */
		SENDING,
		/** The destination has it. */
		DELIVERED,
		/** The destination refused it; the detail gives its reason. */
		REJECTED,
		/** Stopped by the user or superseded. */
		CANCELLED;

		/** @return the word shown to users, e.g. "not sent" */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		}

		/** @return whether the user should act (not sent or rejected) */
		public boolean needsAttention() {
			return this == NOT_SENT || this == REJECTED;
		}
	}

	public ChannelState {
		Objects.requireNonNull(reportId);
		Objects.requireNonNull(channel);
		Objects.requireNonNull(stage);
		label = Objects.requireNonNullElse(label, channel);
		step = Objects.requireNonNullElse(step, "");
		detail = Objects.requireNonNullElse(detail, "");
		at = Objects.requireNonNullElseGet(at, Instant::now);
	}

	/** @return this state with another stage and detail, reached now */
	public ChannelState with(Stage newStage, String newDetail) {
		return new ChannelState(reportId, channel, label, step, newStage, newDetail, Instant.now());
	}

	/** @return one line for the user, e.g. "RIS: not sent (RIS not configured: ...)" */
	public String describe() {
		return label + ": " + stage.word() + (detail.isEmpty() ? "" : " (" + detail + ")");
	}
}
