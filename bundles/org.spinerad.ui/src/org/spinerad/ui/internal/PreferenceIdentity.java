package org.spinerad.ui.internal;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.internal.dialogs.UiPreferences;

/** The user as configured in the preferences (Preferences > User name, Role). */
public final class PreferenceIdentity implements UserIdentity {

	/** Title of the question asked when no user name is set. */
	public static final String ASK_TITLE = "Who signs?";

	/** @return the stored user name, without any default: the one place the identity is read */
	private static String stored() {
		return InstanceScope.INSTANCE.getNode("org.spinerad.ui").get(UiPreferences.USER_NAME, "");
	}

	@Override
	public Optional<String> name() {
		String name = stored();
		return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
	}

	@Override
	public boolean isAdmin() {
		return "admin".equals(UiPreferences.get(UiPreferences.ROLE));
	}

	@Override
	public Optional<String> require(Shell shell) {
		Optional<String> name = name();
		if (name.isPresent()) {
			return name;
		}
		InputDialog ask = new InputDialog(shell, ASK_TITLE,
				"No user name is set. Your name as it should appear on signed reports\n"
						+ "(kept in Preferences > User name, Ctrl+,):",
				"", v -> v == null || v.isBlank() ? "Enter your name" : null);
		if (ask.open() != Window.OK) {
			return Optional.empty();
		}
		String entered = ask.getValue().strip();
		try {
			UiPreferences.put(Map.of(UiPreferences.USER_NAME, entered));
		} catch (java.io.IOException e) {
			MessageDialog.openWarning(shell, ASK_TITLE, "Your name could not be kept in the preferences ("
					+ e.getMessage() + "); it is used for now. Set it in Preferences > User name (Ctrl+,).");
		}
		return Optional.of(entered);
	}
}
