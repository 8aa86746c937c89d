package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.ConflictException;
import org.spinerad.store.Revision;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.ui.session.ReportSession;

/** The editor saves the version it opened, and claims the report while it is open. */
class SessionConflictTest {

	@TempDir
	Path dir;

	private ReportSession session(FileReportStore store, Actor who) {
		ReportSession session = new ReportSession(store, Workbench.service(TemplateRegistry.class), Runnable::run);
		session.identify(() -> who);
		return session;
	}

	@Test
	void aSaveOverSomeoneElsesSaveIsRefusedNamingThem() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = SampleCases.load(SampleCases.IDS.get(0));
		store.save(report, Revision.NEW, new Actor("Dr A", "ws-2"));
		ReportSession session = session(store, new Actor("Dr B", "ws-2"));
		session.open(report.getId());

		Report theirs = store.load(report.getId());
		theirs.setRemark("saved by Dr A meanwhile");
		store.save(theirs, 1, new Actor("Dr A", "ws-2"));

		ConflictException conflict = assertThrows(ConflictException.class, session::save);
		assertTrue(conflict.getMessage().contains("Dr A on ws-2"), conflict.getMessage());
		assertEquals("saved by Dr A meanwhile", store.load(report.getId()).getRemark(), "nothing overwritten");

		session.open(report.getId());
		session.save();
		assertEquals(new Actor("Dr B", "ws-2"), store.revision(report.getId()).by());
		assertEquals("opened", store.auditTrail(report.getId()).get(1).action());
		session.close();
	}

	@Test
	void aReportClaimedElsewhereOpensReadOnlyAndClosingReleasesIt() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = SampleCases.load(SampleCases.IDS.get(0));
		store.save(report, Revision.NEW, new Actor("Dr A", "ws-1"));
		ReportSession mine = session(store, new Actor("Dr B", "ws-2"));
		mine.open(report.getId());
		assertTrue(mine.isEditable());
		assertEquals(new Actor("Dr B", "ws-2"), store.claimOf(report.getId()).holder());

		ReportSession theirs = session(store, new Actor("Dr C", "ws-3"));
		theirs.open(report.getId());
		assertFalse(theirs.isEditable(), "read-only while Dr B reports it");
		assertTrue(theirs.blockedBy().orElseThrow().describe().startsWith("being reported by Dr B on ws-2 since "));
		theirs.close();

		mine.close();
		assertEquals(null, store.claimOf(report.getId()), "closing releases the claim");
		store.claim(report.getId(), new Actor("Dr C", "ws-3"), Duration.ofMinutes(1));
	}
}
