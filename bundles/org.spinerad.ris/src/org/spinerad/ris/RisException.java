package org.spinerad.ris;

/**
 * The RIS export could not do what was asked; the message says why and what to
 * do, in one line fit for the user. It never carries patient data.
 */
public class RisException extends Exception {

	private static final long serialVersionUID = 1L;

	public RisException(String message) {
		super(message);
	}

	public RisException(String message, Throwable cause) {
		super(message, cause);
	}
}
