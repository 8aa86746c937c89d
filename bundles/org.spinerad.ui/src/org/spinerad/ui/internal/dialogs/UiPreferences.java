package org.spinerad.ui.internal.dialogs;

import java.io.IOException;
import java.util.Map;

import org.spinerad.model.io.ServicePreferences;

/**
 * The preferences the dialog edits. Each setting lives in the node of the
 * bundle that uses it (RIS host and port in {@code org.spinerad.ris}, the PACS
 * URL in {@code org.spinerad.dicom.report}, the department template folder in
 * {@code org.spinerad.templates}; user, role and theme in {@code org.spinerad.ui});
 * the services read them when they act, so a change applies without a restart.
 * Defaults come from the product's {@code plugin_customization.ini}.
 */
public final class UiPreferences {

	public static final String USER_NAME = "userName";
	public static final String ROLE = "role";
	public static final String TEMPLATE_FOLDER = "templateFolder";
	public static final String RIS_HOST = "risHost";
	public static final String RIS_PORT = "risPort";
	public static final String PACS_URL = "pacsUrl";
	public static final String THEME = "theme";

	private static final String UI = "org.spinerad.ui";

	/** Where a setting is kept: node, key, built-in default. */
	private record Place(String node, String key, String fallback) {
	}

	private UiPreferences() {
	}

	private static Place place(String key) {
		return switch (key) {
		case USER_NAME -> new Place(UI, key, ""); // never the operating-system account
		case ROLE -> new Place(UI, key, "radiologist");
		case THEME -> new Place(UI, key, "org.spinerad.app.theme.light");
		case TEMPLATE_FOLDER -> new Place("org.spinerad.templates", "departmentFolder", "");
		case RIS_HOST -> new Place("org.spinerad.ris", "host", "");
		case RIS_PORT -> new Place("org.spinerad.ris", "port", "2575");
		case PACS_URL -> new Place("org.spinerad.dicom.report", "pacsUrl", "");
		default -> throw new IllegalArgumentException("unknown preference " + key);
		};
	}

	/** @return a preference with its default */
	public static String get(String key) {
		Place place = place(key);
		return ServicePreferences.get(place.node(), place.key(), null, place.fallback());
	}

	/** Stores preferences durably in the nodes of their services. */
	public static void put(Map<String, String> values) throws IOException {
		for (Map.Entry<String, String> value : values.entrySet()) {
			Place place = place(value.getKey());
			ServicePreferences.put(place.node(), place.key(), value.getValue());
		}
	}
}
