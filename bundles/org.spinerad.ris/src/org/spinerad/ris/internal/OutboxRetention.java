package org.spinerad.ris.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

import org.spinerad.ris.RisSettings;

/**
 * How long the outbox keeps the messages the RIS acknowledged (each holds the
 * full report text with the patient's data). At every start, acknowledged
 * messages older than {@code maxAge} (counted from the acknowledgement) and
 * those beyond the newest {@code maxCount} are deleted. Messages not yet
 * acknowledged are never deleted, and the ledger of finals ({@code finals/},
 * report id and control id only) stays, so a report whose final was
 * acknowledged is still never sent twice as final.
 *
 * @param maxAge   keep acknowledged messages this long
 * @param maxCount keep at most this many acknowledged messages
 */
public record OutboxRetention(Duration maxAge, int maxCount) {

	private static final System.Logger LOG = System.getLogger(OutboxRetention.class.getName());

	/** The default: 30 days, at most 1000 messages. */
	public static final OutboxRetention DEFAULT = new OutboxRetention(Duration.ofDays(30), 1000);

	public OutboxRetention {
		Objects.requireNonNull(maxAge);
		if (maxAge.isNegative() || maxCount < 0) {
			throw new IllegalArgumentException("The outbox retention must not be negative");
		}
	}

	/**
	 * @return the retention of the system properties {@code spinerad.ris.keepAcknowledgedDays}
	 *         and {@code spinerad.ris.keepAcknowledgedCount}, each falling back to its default
	 */
	public static OutboxRetention fromSystemProperties() {
		int days = number("keepAcknowledgedDays", (int) DEFAULT.maxAge.toDays());
		int count = number("keepAcknowledgedCount", DEFAULT.maxCount);
		return new OutboxRetention(Duration.ofDays(days), count);
	}

	private static int number(String name, int fallback) {
		String value = System.getProperty(RisSettings.PREFIX + name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		LOG.log(Level.WARNING, RisSettings.PREFIX + name + "=" + value + " is not a whole number of 0 or more; using "
				+ fallback);
		return fallback;
	}
}
