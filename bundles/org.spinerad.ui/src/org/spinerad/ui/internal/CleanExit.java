package org.spinerad.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Remembers, in the workspace, that the workstation was closed on purpose, so
 * that unsaved work found at the next start is not reported as a crash.
 */
final class CleanExit {

	private static final String NODE = "org.spinerad.ui.session";
	private static final String KEY = "closedCleanly";

	private CleanExit() {
	}

	/** Records a deliberate close; called while the workstation shuts down. */
	static void record() throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.putBoolean(KEY, true);
		node.flush();
	}

	/** @return whether the last run ended with a deliberate close; forgets it for the next start */
	static boolean takeRecord() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		boolean clean = node.getBoolean(KEY, false);
		node.remove(KEY);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the next start may take a crash for a close: only the wording of a question suffers
		}
		return clean;
	}
}
