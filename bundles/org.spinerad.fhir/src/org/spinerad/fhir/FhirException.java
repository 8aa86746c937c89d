package org.spinerad.fhir;

/** A report that cannot be exported, or a FHIR server that did not take it; the message says what to do. */
public class FhirException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what went wrong, where, and how to fix it */
	public FhirException(String message) {
		super(message);
	}

	/** @param message what went wrong, where, and how to fix it */
	public FhirException(String message, Throwable cause) {
		super(message, cause);
	}
}
