package org.spinerad.pdf;

/** A PDF could not be made; the message says what, where and how to fix it. */
public class PdfException extends Exception {

	private static final long serialVersionUID = 1L;

	public PdfException(String message) {
		super(message);
	}

	public PdfException(String message, Throwable cause) {
		super(message, cause);
	}
}
