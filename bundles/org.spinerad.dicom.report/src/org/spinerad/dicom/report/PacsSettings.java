package org.spinerad.dicom.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.spinerad.model.io.ServicePreferences;

/**
 * Where the PACS is: the DICOMweb base URL (the part before {@code /studies},
 * e.g. {@code http://pacs:8042/dicom-web}), read on every use from the
 * preference {@value #KEY} of the node {@value #NODE} (edited by the
 * Preferences dialog; default in the product's customization), else the system
 * property {@value #PACS_URL} given at start.
 */
public final class PacsSettings {

	/** System property with the DICOMweb base URL of the PACS. */
	public static final String PACS_URL = "spinerad.pacs.url";
	/** Preference node of the PACS settings. */
	public static final String NODE = "org.spinerad.dicom.report";
	/** Preference key of the DICOMweb base URL. */
	public static final String KEY = "pacsUrl";

	private PacsSettings() {
	}

	/**
	 * @return the configured PACS URL, if any
	 * @throws DicomWebException when it is set but is no http(s) URL
	 */
	public static Optional<URI> pacsUrl() throws DicomWebException {
		String value = ServicePreferences.get(NODE, KEY, PACS_URL, null);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(parse(value.strip()));
	}

	/**
	 * @return the URL as a DICOMweb base (no trailing slash)
	 * @throws DicomWebException when it is not an http or https URL
	 */
	public static URI parse(String value) throws DicomWebException {
		try {
			URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
					|| uri.getHost() == null) {
				throw new DicomWebException("the PACS URL '" + value
						+ "' is not an http(s) URL such as http://pacs:8042/dicom-web", -1);
			}
			return uri;
		} catch (URISyntaxException e) {
			throw new DicomWebException("the PACS URL '" + value + "' is malformed: " + e.getReason(), e);
		}
	}
}
