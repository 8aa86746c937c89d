package org.spinerad.ui.internal.dialogs;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import org.spinerad.dictation.Dictation;
import org.spinerad.model.io.ServicePreferences;

/**
 * The preferences the dialog edits. Each setting lives in the node of the
 * bundle that uses it (RIS host and port, and the order listener, in {@code org.spinerad.ris}, the PACS
 * URL in {@code org.spinerad.dicom.report}, the department template folder in
 * {@code org.spinerad.templates}, auto-apply of dictation in {@code org.spinerad.dictation};
 * user, role and theme in {@code org.spinerad.ui});
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
	public static final String PDF_FOLDER = "pdfFolder";
	public static final String THEME = "theme";
	/** Whether the workstation listens for orders from the RIS ("true" or "false"). */
	public static final String ORDERS_LISTEN = "ordersListen";
	public static final String ORDERS_PORT = "ordersPort";
	public static final String DICTATION_AUTO_APPLY = "dictationAutoApply";

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
		case PDF_FOLDER -> new Place("org.spinerad.pdf", "folder", "");
		case ORDERS_LISTEN -> new Place("org.spinerad.ris", "orders.listen", "false");
		case ORDERS_PORT -> new Place("org.spinerad.ris", "orders.port", "2576");
		case DICTATION_AUTO_APPLY -> new Place(Dictation.PREFERENCE_NODE, Dictation.AUTO_APPLY, "false");
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

	/**
	 * Moves the RIS, PACS and template-folder settings that earlier versions kept
	 * in this bundle's node into the nodes of their services, once, so an update
	 * keeps where reports are sent. A value already in the service's node wins.
	 *
	 * @return how many settings were moved
	 */
	public static int moveOldSettings() throws IOException {
		IEclipsePreferences old = InstanceScope.INSTANCE.getNode(UI);
		int moved = 0;
		for (String key : List.of(RIS_HOST, RIS_PORT, PACS_URL, TEMPLATE_FOLDER)) {
			String value = old.get(key, null);
			if (value == null) {
				continue;
			}
			Place place = place(key);
			if (InstanceScope.INSTANCE.getNode(place.node()).get(place.key(), null) == null) {
				ServicePreferences.put(place.node(), place.key(), value);
				moved++;
			}
			old.remove(key);
		}
		try {
			old.flush();
		} catch (BackingStoreException e) {
			throw new IOException("the preferences of " + UI + " cannot be written: " + e.getMessage(), e);
		}
		return moved;
	}
}
