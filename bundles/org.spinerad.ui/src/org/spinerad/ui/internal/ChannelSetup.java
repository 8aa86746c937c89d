package org.spinerad.ui.internal;

import java.util.function.UnaryOperator;

import org.spinerad.ui.internal.dialogs.UiPreferences;

/**
 * Whether a delivery channel has its destination set in the preferences: the
 * RIS needs a host, the PACS a DICOMweb URL, the PDF channel a folder. A channel the workstation does not
 * know the settings of counts as configured (its own states say the rest).
 */
public final class ChannelSetup {

	private ChannelSetup() {
	}

	/** @return whether the channel with this id has a destination */
	public static boolean configured(String channelId) {
		return configured(channelId, UiPreferences::get);
	}

	/** @param preferences reads a preference of {@link UiPreferences} by key */
	static boolean configured(String channelId, UnaryOperator<String> preferences) {
		String key = switch (channelId) {
		case "ris" -> UiPreferences.RIS_HOST;
		case "pacs" -> UiPreferences.PACS_URL;
		case "pdf" -> UiPreferences.PDF_FOLDER;
		default -> null;
		};
		if (key == null) {
			return true;
		}
		String value = preferences.apply(key);
		return value != null && !value.isBlank();
	}
}
