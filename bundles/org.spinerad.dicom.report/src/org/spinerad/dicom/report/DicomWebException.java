package org.spinerad.dicom.report;

/** A DICOMweb request that failed: PACS not configured or not reachable, or an error answer. */
public class DicomWebException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	public DicomWebException(String message, int status) {
		super(message);
		this.status = status;
	}

	public DicomWebException(String message, Throwable cause) {
		super(message, cause);
		this.status = -1;
	}

	/** @return the HTTP status of the answer, or -1 when there was none */
	public int status() {
		return status;
	}
}
