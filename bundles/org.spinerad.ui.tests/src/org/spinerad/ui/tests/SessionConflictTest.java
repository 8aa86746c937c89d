package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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

/** The editor's save names the version it opened: a save by someone else in between is a conflict. */
class SessionConflictTest {

	@TempDir
	Path dir;

	@Test
	void aSaveOverAnotherWorkstationsSaveIsRefusedNamingThem() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = SampleCases.load(SampleCases.IDS.get(0));
		store.save(report, Revision.NEW, new Actor("Dr A", "ws-1"));
		ReportSession session = new ReportSession(store, Workbench.service(TemplateRegistry.class), Runnable::run);
		session.identify(() -> new Actor("Dr B", "ws-2"));
		session.open(report.getId());

		Report theirs = store.load(report.getId());
		theirs.setRemark("saved by Dr A meanwhile");
		store.save(theirs, 1, new Actor("Dr A", "ws-1"));

		ConflictException conflict = assertThrows(ConflictException.class, session::save);
		assertTrue(conflict.getMessage().contains("Dr A on ws-1"), conflict.getMessage());
		assertEquals("saved by Dr A meanwhile", store.load(report.getId()).getRemark(), "nothing overwritten");

		session.open(report.getId());
		session.save();
		assertEquals(new Actor("Dr B", "ws-2"), store.revision(report.getId()).by());
		session.close();
	}
}
