package org.spinerad.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.spinerad.testsupport.JvmClasspath;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.model.tests.Samples;
import org.spinerad.store.Autosaver;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;

class FileReportStoreTest {

	@TempDir
	Path dir;

	@Test
	void savesListsAndLoads() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		store.save(report);
		Report other = Samples.infection();
		other.setId("second");
		other.setStatus(ReportStatus.FINAL);
		other.setSigner("Dr. S");
		other.setModifiedAt(Samples.time("2030-01-01T00:00:00Z"));
		other.getStudy().setAccessionNumber("ACC-2");
		other.getPatient().setSex(org.spinerad.model.Sex.FEMALE);
		other.getPatient().setAgeYears(57);
		other.getPatient().setBirthDate(Samples.time("1969-05-04T00:00:00Z"));
		other.getStudy().setPriority(org.spinerad.model.StudyPriority.URGENT);
		store.save(other);
		List<ReportSummary> list = store.list();
		assertEquals(2, list.size());
		ReportSummary newest = list.get(0);
		assertEquals("second", newest.id(), "newest change first");
		assertEquals(ReportStatus.FINAL, newest.status());
		assertEquals("ACC-2", newest.accessionNumber());
		assertEquals(org.spinerad.model.Sex.FEMALE, newest.patientSex());
		assertEquals(57, newest.patientAgeYears());
		assertEquals(Samples.time("1969-05-04T00:00:00Z"), newest.patientBirthDate());
		assertEquals(org.spinerad.model.StudyPriority.URGENT, newest.priority());
		ReportSummary first = list.get(1);
		assertEquals(ReportStatus.DRAFT, first.status());
		assertEquals("TEST^PATIENT", first.patientName());
		assertEquals("PID-0001", first.patientId());
		assertEquals(Samples.time("2026-11-20T09:30:00Z"), first.studyDateTime());
		assertEquals("org.spinerad.templates.infection", first.templateId());
		assertEquals(null, first.priority(), "no priority ordered: none guessed");
		assertTrue(EcoreUtil.equals(report, store.load("sample-infection")));
	}

	@Test
	void signedReportsCannotBeDeletedAndIdsAreChecked() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		report.setStatus(ReportStatus.FINAL);
		store.save(report);
		StoreException e = assertThrows(StoreException.class, () -> store.delete(report.getId()));
		assertTrue(e.getMessage().contains("addendum"));
		assertThrows(StoreException.class, () -> store.load("../../etc/passwd"));
	}

	@Test
	void unreadableFilesAreSkippedInTheListing() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		store.save(Samples.infection());
		Files.writeString(dir.resolve("reports/garbage.xmi"), "<<<");
		assertEquals(1, store.list().size());
	}

	@Test
	void draftsNewerThanTheSavedReportAreRecoverable() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		store.save(report);
		assertEquals(List.of(), store.recoverableDrafts());
		report.setRemark("unsaved change");
		store.saveDraft(report);
		Files.setLastModifiedTime(dir.resolve("drafts/sample-infection.xmi"),
				FileTime.from(Instant.now().plusSeconds(5)));
		List<ReportSummary> drafts = store.recoverableDrafts();
		assertEquals(1, drafts.size());
		assertEquals("unsaved change", store.loadDraft(drafts.get(0).id()).getRemark());
		store.save(report);
		assertEquals(List.of(), store.recoverableDrafts(), "saving drops the draft");
	}

	@Test
	void autosaveWritesTheDraftShortlyAfterTheLastChange() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		ReportEditingDomain domain = new ReportEditingDomain();
		try (Autosaver autosaver = new Autosaver(store, report, domain.getCommandStack(), 200, Runnable::run)) {
			var finding = Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
			for (int i = 0; i < 5; i++) {
				domain.getCommandStack().execute(SetCommand.create(domain, finding,
						ReportPackage.Literals.FINDING__REMARK, "typed " + i));
			}
			Path draft = dir.resolve("drafts/sample-infection.xmi");
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (autosaver.lastSavedNanos() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertTrue(Files.exists(draft), "the draft was autosaved");
			assertEquals("typed 4", new FileReportStore(dir).loadDraft("sample-infection").getRegions().get(2)
					.getFindings().get(0).getRemark());
		}
	}

	/** Changes every 20 ms never leave 300 ms of quiet: the maximum wait still saves during the burst. */
	@Test
	void continuousChangesAreAutosavedWithinTheMaximumWait() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		ReportEditingDomain domain = new ReportEditingDomain();
		var modelThread = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (Autosaver autosaver = new Autosaver(store, report, domain.getCommandStack(), 300, 600,
				modelThread::execute)) {
			var finding = Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
			int typed = 0;
			while (autosaver.lastSavedNanos() == 0 && typed < 150) {
				String text = "x".repeat(++typed);
				modelThread.submit(() -> domain.getCommandStack().execute(SetCommand.create(domain, finding,
						ReportPackage.Literals.FINDING__REMARK, text))).get();
				Thread.sleep(20); // the pace of a fast typist: no pause reaches the 300 ms delay
			}
			assertTrue(autosaver.lastSavedNanos() != 0, "a draft was saved while the changes went on");
			String saved = new FileReportStore(dir).loadDraft("sample-infection").getRegions().get(2).getFindings()
					.get(0).getRemark();
			assertTrue(saved != null && !saved.isEmpty() && saved.length() <= typed,
					"the draft holds a state typed during the burst: " + saved);
		} finally {
			modelThread.shutdownNow();
		}
	}

	/**
	 * An autosave already on its way to the model thread when the report is saved
	 * never lands after the save, where the next start would take it for a crash.
	 */
	@Test
	void noDraftOutlivesASave() throws Exception {
		FileReportStore store = new FileReportStore(dir);
		Report report = Samples.infection();
		store.save(report);
		ReportEditingDomain domain = new ReportEditingDomain();
		var modelThreadQueue = new java.util.concurrent.LinkedBlockingQueue<Runnable>();
		try (Autosaver autosaver = new Autosaver(store, report, domain.getCommandStack(), 10, 10,
				modelThreadQueue::add)) {
			var finding = Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
			domain.getCommandStack().execute(SetCommand.create(domain, finding, ReportPackage.Literals.FINDING__REMARK,
					"typed, then saved"));
			Runnable queuedSnapshot = modelThreadQueue.poll(10, TimeUnit.SECONDS); // the timer fired
			assertNotNull(queuedSnapshot, "the autosave reached the model thread's queue");
			autosaver.cancelPending();
			store.save(report);
			queuedSnapshot.run(); // the model thread gets to it after the save
			autosaver.cancelPending(); // waits for a write it may have queued
			assertEquals(List.of(), store.recoverableDrafts(), "nothing to recover after a save");
			assertTrue(!Files.exists(dir.resolve("drafts/sample-infection.xmi")), "no draft written after the save");
		}
	}

	@Test
	void anAutosaverRefusesAMaximumWaitShorterThanItsDelay() {
		ReportEditingDomain domain = new ReportEditingDomain();
		assertThrows(IllegalArgumentException.class, () -> new Autosaver(new FileReportStore(dir), Samples.infection(),
				domain.getCommandStack(), 500, 100, Runnable::run));
	}

	@Test
	void theStoreIsADeclarativeServicesComponent() throws Exception {
		var context = FrameworkUtil.getBundle(FileReportStore.class).getBundleContext();
		ServiceTracker<ReportStore, ReportStore> tracker = new ServiceTracker<>(context, ReportStore.class, null);
		tracker.open();
		try {
			ReportStore store = tracker.waitForService(10_000);
			assertNotNull(store, "the embedded store is registered");
			assertTrue(store.location().isAbsolute());
		} finally {
			tracker.close();
		}
	}

	/** A separate JVM autosaving without pause is killed with SIGKILL; nothing autosaved is lost. */
	@Test
	void aKilledWriterLosesNothingAlreadyAutosaved() throws Exception {
		String classpath = JvmClasspath.of(FileReportStoreTest.class, "org.spinerad.store", "org.spinerad.store.tests", "org.spinerad.model",
				"org.spinerad.model.tests", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
				"org.eclipse.emf.ecore.xmi", "com.fasterxml.jackson.core.jackson-core",
				"com.fasterxml.jackson.core.jackson-databind", "com.fasterxml.jackson.core.jackson-annotations",
				"org.eclipse.emfcloud.emfjson-jackson");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-cp", classpath, CrashWriter.class.getName(),
				dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		int autosaved = 0;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				autosaved = Integer.parseInt(line.substring("autosaved ".length()));
				if (autosaved == 40) {
					child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
					break;
				}
			}
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
		assertTrue(autosaved >= 40, "the writer ran until it was killed (" + autosaved + ")");
		assertEquals(137, child.exitValue(), "killed by SIGKILL");

		FileReportStore store = new FileReportStore(dir);
		List<ReportSummary> drafts = store.recoverableDrafts();
		assertEquals(1, drafts.size(), "the draft is offered for recovery");
		Report recovered = store.loadDraft("crash-report");
		int findings = Reports.region(recovered, RegionKind.BONE_MARROW).orElseThrow().getFindings().size() - 1;
		assertTrue(findings >= autosaved, "every change reported as autosaved is in the draft: " + findings
				+ " >= " + autosaved);
	}
}
