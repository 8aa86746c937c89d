package org.spinerad.ui.internal.dialogs;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The workstation's preferences, stored in the workspace. */
public final class UiPreferences {

	public static final String USER_NAME = "userName";
	public static final String ROLE = "role";
	public static final String TEMPLATE_FOLDER = "templateFolder";
	public static final String RIS_HOST = "risHost";
	public static final String RIS_PORT = "risPort";
	public static final String PACS_URL = "pacsUrl";
	public static final String THEME = "theme";

	private UiPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode("org.spinerad.ui");
	}

	/** @return a preference with its default */
	public static String get(String key) {
		return node().get(key, switch (key) {
		case USER_NAME -> System.getProperty("user.name", "radiologist");
		case ROLE -> "radiologist";
		case RIS_HOST -> System.getProperty("spinerad.ris.host", "");
		case RIS_PORT -> System.getProperty("spinerad.ris.port", "2575");
		case PACS_URL -> System.getProperty("spinerad.pacs.url", "");
		case THEME -> "org.spinerad.app.theme.light";
		default -> "";
		});
	}

	/** Stores preferences durably. */
	public static void put(java.util.Map<String, String> values) throws BackingStoreException {
		IEclipsePreferences node = node();
		values.forEach(node::put);
		node.flush();
	}
}
