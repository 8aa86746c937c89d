package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.spinerad.ui.internal.dialogs.UiPreferences;

/** Settings that earlier versions kept in the UI's node move to the services that use them. */
class SettingsMoveTest {

	@Test
	void theRisHostOfAnEarlierVersionMovesToTheRisNodeOnce() throws Exception {
		IEclipsePreferences old = InstanceScope.INSTANCE.getNode("org.spinerad.ui");
		IEclipsePreferences ris = InstanceScope.INSTANCE.getNode("org.spinerad.ris");
		String before = ris.get("host", null);
		try {
			ris.remove("host");
			old.put("risHost", "127.0.0.1");
			assertEquals(1, UiPreferences.moveOldSettings());
			assertEquals("127.0.0.1", UiPreferences.get(UiPreferences.RIS_HOST));
			assertNull(old.get("risHost", null), "the old key is gone");
			old.put("risHost", "127.0.0.2");
			assertEquals(0, UiPreferences.moveOldSettings(), "a value in the service's node wins");
			assertEquals("127.0.0.1", UiPreferences.get(UiPreferences.RIS_HOST));
		} finally {
			old.remove("risHost");
			if (before == null) {
				ris.remove("host");
			} else {
				ris.put("host", before);
			}
			ris.flush();
			old.flush();
		}
	}
}
