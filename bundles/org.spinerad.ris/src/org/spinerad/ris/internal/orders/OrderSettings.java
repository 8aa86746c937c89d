package org.spinerad.ris.internal.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.spinerad.model.io.ServicePreferences;
import org.spinerad.ris.RisSettings;

/**
 * The settings of the order listener, in the RIS preferences node
 * ({@code org.spinerad.ris}), else the system properties
 * {@code spinerad.ris.orders.*}.
 *
 * @param listen     whether the workstation listens for orders (default off)
 * @param port       the MLLP port (default 2576)
 * @param procedures the procedure codes (OBR-4.1) taken, upper case; empty takes any
 */
public record OrderSettings(boolean listen, int port, Set<String> procedures) {

	/** The prefix of the keys, after {@link RisSettings#PREFIX} for system properties. */
	public static final String KEY_PREFIX = "orders.";
	/** The default port. */
	public static final int DEFAULT_PORT = 2576;

	public OrderSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("the order port " + port + " is out of range 0-65535");
		}
		procedures = Set.copyOf(procedures);
	}

	/** @return the settings in effect now */
	public static OrderSettings fromPreferences() {
		return from(name -> ServicePreferences.get(RisSettings.NODE, KEY_PREFIX + name,
				RisSettings.PREFIX + KEY_PREFIX + name, null));
	}

	static OrderSettings from(UnaryOperator<String> lookup) {
		String port = lookup.apply("port");
		int number = DEFAULT_PORT;
		if (port != null && !port.isBlank()) {
			try {
				number = Integer.parseInt(port.strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("the setting " + RisSettings.PREFIX + KEY_PREFIX
						+ "port is not a number; give a port from 1 to 65535", e);
			}
		}
		return new OrderSettings(Boolean.parseBoolean(lookup.apply("listen")), number,
				procedures(lookup.apply("procedures")));
	}

	/** @return the codes of a comma-separated list, upper case; empty for null or blank */
	public static Set<String> procedures(String list) {
		if (list == null || list.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}
}
