package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.dictation.Dictation;
import org.spinerad.model.io.ServicePreferences;

/** Heard speech waits for Enter unless the auto-apply preference of the dictation service is on. */
class AutoApplyTest {

	@AfterEach
	void restore() throws Exception {
		ServicePreferences.put(Dictation.PREFERENCE_NODE, Dictation.AUTO_APPLY, null);
	}

	@Test
	void offByDefaultAndOnAtOnceWhenSet() throws Exception {
		Dictation dictation = Fixtures.dictation();
		ServicePreferences.put(Dictation.PREFERENCE_NODE, Dictation.AUTO_APPLY, null);
		assertFalse(dictation.autoApply());
		ServicePreferences.put(Dictation.PREFERENCE_NODE, Dictation.AUTO_APPLY, "true");
		assertTrue(dictation.autoApply(), "a change applies without a restart");
		ServicePreferences.put(Dictation.PREFERENCE_NODE, Dictation.AUTO_APPLY, "false");
		assertFalse(dictation.autoApply());
	}
}
