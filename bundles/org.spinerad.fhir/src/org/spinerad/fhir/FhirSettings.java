package org.spinerad.fhir;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import org.spinerad.model.io.ServicePreferences;

/**
 * Where and how reports go to the FHIR server. Read when the channel acts (see
 * {@link #fromPreferences()}): the preference node {@value #NODE}, keys
 * {@code baseUrl}, {@code timeoutMs}, {@code retryInitialMs},
 * {@code retryMaxMs}; then the system properties {@code spinerad.fhir.*}.
 *
 * @param baseUrl      the FHIR base URL (e.g. {@code https://ehr.example/fhir}); blank means not configured
 * @param timeout      how long one request may take, connecting included
 * @param retryInitial the first wait after a failed attempt; it doubles after every further failure
 * @param retryMax     the longest wait between attempts
 */
public record FhirSettings(String baseUrl, Duration timeout, Duration retryInitial, Duration retryMax) {

	private static final System.Logger LOG = System.getLogger(FhirSettings.class.getName());

	/** Prefix of the system properties. */
	public static final String PREFIX = "spinerad.fhir.";
	/** Preference node of the FHIR settings. */
	public static final String NODE = "org.spinerad.fhir";

	public FhirSettings {
		baseUrl = Objects.requireNonNullElse(baseUrl, "").strip();
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
		if (!baseUrl.isEmpty()) {
			URI uri;
			try {
				uri = URI.create(baseUrl);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("FHIR base URL '" + baseUrl + "' is not a URL: " + e.getMessage());
			}
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"FHIR base URL '" + baseUrl + "' must start with http:// or https:// and name a host");
			}
		}
		requirePositive(timeout, "request timeout");
		requirePositive(retryInitial, "first retry delay");
		requirePositive(retryMax, "longest retry delay");
	}

	private static void requirePositive(Duration duration, String what) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("The FHIR " + what + " must be positive");
		}
	}

	/** @return the defaults: no server, 30 s per request, retries 2 s to 5 min */
	public static FhirSettings defaults() {
		return new FhirSettings("", Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(5));
	}

	/** @return whether a server is set */
	public boolean isConfigured() {
		return !baseUrl.isEmpty();
	}

	/** @return these settings with another base URL */
	public FhirSettings withBaseUrl(String url) {
		return new FhirSettings(url, timeout, retryInitial, retryMax);
	}

	/** @return these settings with other retry delays */
	public FhirSettings withRetries(Duration initial, Duration max) {
		return new FhirSettings(baseUrl, timeout, initial, max);
	}

	/** @return the settings in effect now (preferences, then system properties, then defaults) */
	public static FhirSettings fromPreferences() {
		return from(name -> ServicePreferences.get(NODE, name, PREFIX + name, null));
	}

	static FhirSettings from(Function<String, String> values) {
		FhirSettings d = defaults();
		String url = Objects.requireNonNullElse(values.apply("baseUrl"), "");
		Duration timeout = millis(values.apply("timeoutMs"), d.timeout());
		Duration initial = millis(values.apply("retryInitialMs"), d.retryInitial());
		Duration max = millis(values.apply("retryMaxMs"), d.retryMax());
		try {
			return new FhirSettings(url, timeout, initial, max);
		} catch (IllegalArgumentException e) {
			LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; the FHIR export stays not configured");
			return new FhirSettings("", timeout, initial, max);
		}
	}

	private static Duration millis(String value, Duration fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			long ms = Long.parseLong(value.strip());
			return ms > 0 ? Duration.ofMillis(ms) : fallback;
		} catch (NumberFormatException e) {
			LOG.log(System.Logger.Level.WARNING, "FHIR setting '" + value + "' is not a number of milliseconds");
			return fallback;
		}
	}
}
