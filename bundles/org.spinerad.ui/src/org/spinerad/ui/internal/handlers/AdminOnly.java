package org.spinerad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.spinerad.ui.UserIdentity;

/** Shows a menu item to the admin role only (Preferences &gt; Role). */
public final class AdminOnly {

	@Evaluate
	public boolean evaluate(UserIdentity user) {
		return user.isAdmin();
	}
}
