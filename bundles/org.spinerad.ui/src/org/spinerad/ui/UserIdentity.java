package org.spinerad.ui;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Who works at the workstation: the radiologist configured in the preferences
 * signs reports, records overrides and publishes templates. The operating
 * system account never does. Available in the application context.
 */
public interface UserIdentity {

	/** @return the configured user name; empty when none is set */
	Optional<String> name();

	/** @return whether the user has the admin role (template administration) */
	boolean isAdmin();

	/**
	 * @param shell the parent of the question
	 * @return the configured user name; when none is set, asks for it and keeps
	 *         it in the preferences; empty when the user cancels
	 */
	Optional<String> require(Shell shell);
}
