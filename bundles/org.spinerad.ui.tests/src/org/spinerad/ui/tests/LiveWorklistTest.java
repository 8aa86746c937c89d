package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.ui.internal.LiveWorklist;

/** The worklist reloads when another workstation changes the store, not for its own changes. */
class LiveWorklistTest {

	@TempDir
	Path dir;

	@Test
	void refreshesOnChangesFromElsewhereOnly() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		AtomicInteger refreshes = new AtomicInteger();
		try (AutoCloseable following = LiveWorklist.follow(store, Runnable::run, refreshes::incrementAndGet,
				() -> false)) {
			Report report = SampleCases.load(SampleCases.IDS.get(0));
			store.save(report, Revision.NEW, Actor.here("Dr Here"));
			assertEquals(0, refreshes.get(), "own changes refresh through the session");
			store.save(report, 1, new Actor("Dr There", "another-workstation"));
			assertEquals(1, refreshes.get());
		}
		store.save(SampleCases.load(SampleCases.IDS.get(1)), Revision.NEW, new Actor("Dr There", "elsewhere"));
		assertEquals(1, refreshes.get(), "stopped following");
	}
}
