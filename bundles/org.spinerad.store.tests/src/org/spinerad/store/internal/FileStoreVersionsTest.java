package org.spinerad.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.tests.Samples;
import org.spinerad.store.Actor;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.ConflictException;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreChange;

class FileStoreVersionsTest {

	private static final Actor A = new Actor("Dr A", "ws-1");
	private static final Actor B = new Actor("Dr B", "ws-2");

	@TempDir
	Path dir;

	@Test
	void aStaleSaveIsAConflictNamingWhoSaved() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		Revision first = store.save(report, Revision.NEW, A);
		assertEquals(1, first.version());
		report.setRemark("by A");
		assertEquals(2, store.save(report, 1, A).version());
		Report stale = Samples.infection();
		stale.setRemark("by B, from version 1");
		ConflictException conflict = assertThrows(ConflictException.class, () -> store.save(stale, 1, B));
		assertTrue(conflict.getMessage().contains("Dr A on ws-1"), conflict.getMessage());
		assertEquals(2, conflict.current().version());
		assertEquals("by A", store.load(report.getId()).getRemark(), "nothing overwritten");
		assertThrows(ConflictException.class, () -> store.save(Samples.infection(), Revision.NEW, B));
	}

	@Test
	void keepsEveryVersionAndAReportSavedBeforeVersionsCountsAsOne() throws Exception {
		Report report = Samples.infection();
		Files.createDirectories(dir.resolve("reports"));
		ReportIO.write(report, dir.resolve("reports").resolve(report.getId() + ".xmi"));
		FileReportStore store = new FileReportStore(dir);
		assertEquals(1, store.revision(report.getId()).version());
		byte[] legacy = store.revisionBytes(report.getId(), 1);
		report.setRemark("second");
		store.save(report, 1, A);
		List<Revision> history = store.history(report.getId());
		assertEquals(List.of(1L, 2L), history.stream().map(Revision::version).toList());
		assertArrayEquals(legacy, store.revisionBytes(report.getId(), 1));
		assertEquals(A, history.get(1).by());
	}

	@Test
	void aClaimBlocksOthersUntilSignOff() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		store.save(report, Revision.NEW, A);
		List<StoreChange> changes = new ArrayList<>();
		store.onChange(changes::add);
		store.claim(report.getId(), A, Duration.ofMinutes(5));
		ClaimedException blocked = assertThrows(ClaimedException.class,
				() -> store.claim(report.getId(), B, Duration.ofMinutes(5)));
		assertTrue(blocked.getMessage().contains("being reported by Dr A on ws-1 since"), blocked.getMessage());
		assertThrows(ClaimedException.class, () -> store.save(report, 1, B));
		report.setStatus(ReportStatus.FINAL);
		report.setSigner("Dr A");
		store.save(report, 1, A);
		assertNull(store.claimOf(report.getId()), "sign-off releases the claim");
		assertEquals(List.of(StoreChange.Kind.CLAIMED, StoreChange.Kind.SAVED),
				changes.stream().map(StoreChange::kind).toList());
	}

	@Test
	void theAuditTrailIsAnAppendOnlyFileWithoutPatientData() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		store.save(report, Revision.NEW, A);
		store.audit(report.getId(), "opened", B, "version 1");
		store.claim(report.getId(), B, Duration.ofMinutes(5));
		store.takeOver(report.getId(), new Actor("Admin\tC", "ws-9"), "Dr B\nleft", Duration.ofMinutes(5));
		report.setStatus(ReportStatus.FINAL);
		report.setSigner("Admin C");
		store.save(report, 1, new Actor("Admin\tC", "ws-9"));
		List<String> trail = store.auditTrail(report.getId()).stream()
				.map(e -> e.action() + "|" + e.actor().user() + "|" + e.actor().workstation() + "|" + e.detail())
				.toList();
		assertEquals(List.of("saved|Dr A|ws-1|version 1", "opened|Dr B|ws-2|version 1", "claimed|Dr B|ws-2|",
				"took over|Admin\tC|ws-9|from Dr B on ws-2: Dr B\nleft", "signed|Admin\tC|ws-9|version 2"), trail);
		String log = Files.readString(dir.resolve("audit.log"));
		assertEquals(5, log.lines().count(), "one line per action, values escaped");
		assertTrue(!log.contains("TEST^PATIENT") && !log.contains("PID-0001"), "no patient data");
	}
}
