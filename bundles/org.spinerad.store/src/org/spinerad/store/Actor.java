package org.spinerad.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Who acts on the store, and from which workstation: recorded with every
 * saved version, claim and audit entry.
 *
 * @param user        the signed-in user's display name, e.g. "Dr A. Meyer"
 * @param workstation the workstation's host name
 */
public record Actor(String user, String workstation) {

	public Actor {
		user = Objects.requireNonNullElse(user, "").strip();
		workstation = Objects.requireNonNullElse(workstation, "").strip();
	}

	/** @return a user on this workstation (its host name) */
	public static Actor here(String user) {
		return new Actor(user, hostName());
	}

	/** @return the operating-system user on this workstation */
	public static Actor system() {
		return here(System.getProperty("user.name", ""));
	}

	private static String hostName() {
		return Host.NAME;
	}

	/** The host name, looked up once (a slow name service must not slow every save). */
	private static final class Host {
		static final String NAME = lookup();
	}

	private static String lookup() {
		String name = System.getenv("HOSTNAME");
		if (name != null && !name.isBlank()) {
			return name;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException e) {
			return "localhost";
		}
	}

	/** @return "Dr X on WS1", for messages */
	public String describe() {
		String who = user.isEmpty() ? "an unnamed user" : user;
		return workstation.isEmpty() ? who : who + " on " + workstation;
	}
}
