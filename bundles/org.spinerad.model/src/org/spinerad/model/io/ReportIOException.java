package org.spinerad.model.io;

/**
 * A report could not be read or written. The message names the file, says
 * what is wrong (with line and column where known) and how to fix it; it never
 * contains patient data.
 */
public class ReportIOException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportIOException(String message) {
		super(message);
	}

	public ReportIOException(String message, Throwable cause) {
		super(message, cause);
	}
}
