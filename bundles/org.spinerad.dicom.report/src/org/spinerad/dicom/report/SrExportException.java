package org.spinerad.dicom.report;

/** A report that cannot become a DICOM SR as it is, with what to fix. */
public class SrExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public SrExportException(String message) {
		super(message);
	}

	public SrExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
