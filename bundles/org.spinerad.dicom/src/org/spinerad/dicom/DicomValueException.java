package org.spinerad.dicom;

/**
 * A value that cannot be converted to the type asked for by a typed accessor
 * of {@link DataSet}, e.g. {@code "12,5"} as a Decimal String. Names the tag and,
 * for values read from a file, the offset of the value.
 */
public class DicomValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public DicomValueException(String message) {
		super(message);
	}

	public DicomValueException(String message, Throwable cause) {
		super(message, cause);
	}
}
