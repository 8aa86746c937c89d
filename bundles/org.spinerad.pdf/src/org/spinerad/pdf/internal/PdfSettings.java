package org.spinerad.pdf.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.spinerad.model.io.ServicePreferences;

/**
 * Settings of the PDF channel and layout, read on every use from the preference
 * node {@value #NODE} (workspace, installation, product default), else the system
 * properties given at start: the folder that receives the PDF of every signed
 * step (unset: the channel is not configured), and the institution printed in
 * the page header (unset: the study's institution).
 */
public final class PdfSettings {

	/** Preference node of the PDF settings. */
	public static final String NODE = "org.spinerad.pdf";
	/** Key of the folder that receives the PDFs. */
	public static final String FOLDER = "folder";
	/** Key of the institution printed in the page header. */
	public static final String INSTITUTION = "institution";

	static final String NOT_CONFIGURED = "PDF folder not configured: set the preference '" + FOLDER + "' of "
			+ NODE + " (plugin_customization.ini, or the system property spinerad.pdf.folder at start) to a writable"
			+ " folder, then retry";

	private PdfSettings() {
	}

	/**
	 * @return the configured folder, if any
	 * @throws IllegalArgumentException when the value is no usable path, with what to fix
	 */
	static Optional<Path> folder() {
		String value = ServicePreferences.get(NODE, FOLDER, "spinerad.pdf.folder", null);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			Path path = Path.of(value.strip());
			if (!path.isAbsolute()) {
				throw new IllegalArgumentException("the PDF folder '" + value
						+ "' is not an absolute path; set the preference '" + FOLDER + "' of " + NODE
						+ " to a full path such as /srv/reports/pdf");
			}
			return Optional.of(path);
		} catch (InvalidPathException e) {
			throw new IllegalArgumentException("the PDF folder '" + value + "' is not a valid path: " + e.getReason(), e);
		}
	}

	/** @return the institution to print, or null to use the study's */
	static String institution() {
		String value = ServicePreferences.get(NODE, INSTITUTION, "spinerad.pdf.institution", null);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
