package org.spinerad.cli;

/**
 * A user error: bad arguments, a missing or malformed file, a failed check.
 * The message is shown as one line and must say what is wrong, where, and how
 * to fix it. It never carries patient data.
 */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	public CliException(String message) {
		super(message);
	}

	public CliException(String message, Throwable cause) {
		super(message, cause);
	}
}
