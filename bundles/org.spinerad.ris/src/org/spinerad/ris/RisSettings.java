package org.spinerad.ris;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.spinerad.model.io.ServicePreferences;

/**
 * Where and how reports go to the RIS. The service reads them when it acts
 * (see {@link #fromPreferences()}): the preference node {@value #NODE} (keys
 * as the system properties without the prefix, e.g. {@code host}), edited by
 * the Preferences dialog, defaults in the product's customization, then the
 * system properties {@code spinerad.ris.*} given at start.
 *
 * @param host                  RIS host; blank means not configured (messages wait in the outbox)
 * @param port                  RIS MLLP port
 * @param connectTimeout        how long to wait for the TCP connection
 * @param ackTimeout            how long to wait for the acknowledgement after sending
 * @param sendingApplication    MSH-3
 * @param sendingFacility       MSH-4
 * @param receivingApplication  MSH-5
 * @param receivingFacility     MSH-6
 * @param processingId          MSH-11: P (production), T (training) or D (debugging)
 * @param procedureCode         OBR-4.1, the RIS code of the procedure; blank to send only the study description
 * @param procedureCodingSystem OBR-4.3, the coding system of {@code procedureCode}
 * @param retryInitial          the first wait after a failed attempt; it doubles after every further failure
 * @param retryMax              the longest wait between attempts
 */
public record RisSettings(String host, int port, Duration connectTimeout, Duration ackTimeout,
		String sendingApplication, String sendingFacility, String receivingApplication, String receivingFacility,
		String processingId, String procedureCode, String procedureCodingSystem, Duration retryInitial,
		Duration retryMax) {

	private static final System.Logger LOG = System.getLogger(RisSettings.class.getName());

	/** Prefix of the system properties. */
	public static final String PREFIX = "spinerad.ris.";
	/** Preference node of the RIS settings. */
	public static final String NODE = "org.spinerad.ris";

	public RisSettings {
		host = Objects.requireNonNullElse(host, "").strip();
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("RIS port " + port + " is out of range 1-65535");
		}
		requirePositive(connectTimeout, "connect timeout");
		requirePositive(ackTimeout, "acknowledgement timeout");
		requirePositive(retryInitial, "first retry delay");
		requirePositive(retryMax, "longest retry delay");
		sendingApplication = Objects.requireNonNullElse(sendingApplication, "");
		sendingFacility = Objects.requireNonNullElse(sendingFacility, "");
		receivingApplication = Objects.requireNonNullElse(receivingApplication, "");
		receivingFacility = Objects.requireNonNullElse(receivingFacility, "");
		processingId = Objects.requireNonNullElse(processingId, "P");
		procedureCode = Objects.requireNonNullElse(procedureCode, "");
		procedureCodingSystem = Objects.requireNonNullElse(procedureCodingSystem, "");
	}

	private static void requirePositive(Duration duration, String what) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("The " + what + " must be positive");
		}
	}

	/** @return the documented defaults: no host, port 2575, 5 s connect, 30 s acknowledgement, retries 2 s to 5 min */
	public static RisSettings defaults() {
		return new RisSettings("", 2575, Duration.ofSeconds(5), Duration.ofSeconds(30), "SPINERAD", "RADIOLOGY",
				"RIS", "HOSPITAL", "P", "", "L", Duration.ofSeconds(2), Duration.ofMinutes(5));
	}

	/**
	 * Reads the settings from system properties, each falling back to its default:
	 * {@code spinerad.ris.host}, {@code .port}, {@code .connectTimeoutMs}, {@code .ackTimeoutMs},
	 * {@code .sendingApplication}, {@code .sendingFacility}, {@code .receivingApplication},
	 * {@code .receivingFacility}, {@code .processingId}, {@code .procedureCode},
	 * {@code .procedureCodingSystem}, {@code .retryInitialMs}, {@code .retryMaxMs}. A value that
	 * cannot be used is logged and replaced by the default.
	 */
	public static RisSettings fromSystemProperties() {
		return from(name -> System.getProperty(PREFIX + name));
	}

	/**
	 * Reads the settings in effect now: the preference node {@value #NODE}, else the
	 * system properties, else the defaults.
	 */
	public static RisSettings fromPreferences() {
		return from(name -> ServicePreferences.get(NODE, name, PREFIX + name, null));
	}

	/** Reads the settings from a lookup of names without the prefix (e.g. {@code "host"}). */
	public static RisSettings from(UnaryOperator<String> lookup) {
		RisSettings d = defaults();
		return new RisSettings(text(lookup, "host", d.host), number(lookup, "port", d.port, 1, 65535),
				millis(lookup, "connectTimeoutMs", d.connectTimeout), millis(lookup, "ackTimeoutMs", d.ackTimeout),
				text(lookup, "sendingApplication", d.sendingApplication),
				text(lookup, "sendingFacility", d.sendingFacility),
				text(lookup, "receivingApplication", d.receivingApplication),
				text(lookup, "receivingFacility", d.receivingFacility), text(lookup, "processingId", d.processingId),
				text(lookup, "procedureCode", d.procedureCode),
				text(lookup, "procedureCodingSystem", d.procedureCodingSystem),
				millis(lookup, "retryInitialMs", d.retryInitial), millis(lookup, "retryMaxMs", d.retryMax));
	}

	private static String text(UnaryOperator<String> lookup, String name, String fallback) {
		String value = lookup.apply(name);
		return value == null ? fallback : value.strip();
	}

	private static int number(UnaryOperator<String> lookup, String name, int fallback, int min, int max) {
		String value = lookup.apply(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		LOG.log(Level.WARNING, PREFIX + name + "=" + value + " is not a number from " + min + " to " + max
				+ "; using " + fallback);
		return fallback;
	}

	private static Duration millis(UnaryOperator<String> lookup, String name, Duration fallback) {
		int ms = number(lookup, name, (int) Math.min(Integer.MAX_VALUE, fallback.toMillis()), 1, Integer.MAX_VALUE);
		return Duration.ofMillis(ms);
	}

	/** @return whether a RIS host is set */
	public boolean isConfigured() {
		return !host.isEmpty();
	}

	/** @return these settings with another RIS host and port */
	public RisSettings withEndpoint(String newHost, int newPort) {
		return new RisSettings(newHost, newPort, connectTimeout, ackTimeout, sendingApplication, sendingFacility,
				receivingApplication, receivingFacility, processingId, procedureCode, procedureCodingSystem,
				retryInitial, retryMax);
	}

	/** @return these settings with other timeouts */
	public RisSettings withTimeouts(Duration newConnectTimeout, Duration newAckTimeout) {
		return new RisSettings(host, port, newConnectTimeout, newAckTimeout, sendingApplication, sendingFacility,
				receivingApplication, receivingFacility, processingId, procedureCode, procedureCodingSystem,
				retryInitial, retryMax);
	}

	/** @return these settings with other retry delays */
	public RisSettings withRetryDelays(Duration newInitial, Duration newMax) {
		return new RisSettings(host, port, connectTimeout, ackTimeout, sendingApplication, sendingFacility,
				receivingApplication, receivingFacility, processingId, procedureCode, procedureCodingSystem,
				newInitial, newMax);
	}

	/** @return host:port, or "(no RIS host configured)" */
	public String endpoint() {
		return isConfigured() ? host + ":" + port : "(no RIS host configured: set " + PREFIX + "host)";
	}
}
