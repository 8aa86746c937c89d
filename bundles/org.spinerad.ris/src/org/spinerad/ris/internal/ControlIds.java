package org.spinerad.ris.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Message control ids (MSH-10): 20 characters, unique across workstations and
 * restarts without any shared counter: "R", the time in milliseconds in base 36
 * (9 characters, so ids sort by creation), and 10 random base-36 characters.
 */
public final class ControlIds {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final long RANDOM_BOUND = pow36(10);

	private ControlIds() {
	}

	/** @return a new control id */
	public static String next() {
		String time = pad(Long.toString(System.currentTimeMillis(), 36), 9);
		String random = pad(Long.toString(RANDOM.nextLong(RANDOM_BOUND), 36), 10);
		return ("R" + time + random).toUpperCase(Locale.ROOT);
	}

	/** @return whether a text can be a control id of ours or a user's (letters, digits, '.', '-', '_'; 1-20) */
	public static boolean isValid(String id) {
		return id != null && id.matches("[A-Za-z0-9._-]{1,20}");
	}

	private static String pad(String digits, int length) {
		return "0".repeat(Math.max(0, length - digits.length())) + digits;
	}

	private static long pow36(int n) {
		long result = 1;
		for (int i = 0; i < n; i++) {
			result *= 36;
		}
		return result;
	}
}
