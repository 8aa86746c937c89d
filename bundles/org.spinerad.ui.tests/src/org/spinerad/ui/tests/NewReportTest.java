package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Validation;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.ui.internal.dialogs.NewReports;

/** A new report starts normal by default; and the registry follows template bundles coming and going. */
class NewReportTest {

	@Test
	void aNewReportStartsWithEveryRegionNormal() {
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.tumor").orElseThrow();
		var report = NewReports.create(template, "Dr. New");
		assertEquals(6, report.getRegions().size());
		report.getRegions().forEach(r -> {
			assertTrue(r.isNormal(), r.getKind() + " normal");
			assertEquals(template.form().region(r.getKind()).orElseThrow().normalStatement(), r.getStatement());
		});
		assertEquals("org.spinerad.templates.tumor", report.getTemplateId());
		assertFalse(Validation.hasErrors(Validation.validate(report, Phase.EDITING)));
	}

	/** Ctrl+N goes through the one start flow: template question, draft saved, opened; never the OS account. */
	@Test
	void ctrlNStartsAReportThroughTheOneFlow() throws Exception {
		org.spinerad.testsupport.Ui ui = org.spinerad.testsupport.Ui.of(org.eclipse.swt.widgets.Display.getCurrent());
		var session = Workbench.service(org.spinerad.ui.session.ReportSession.class);
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.tumor").orElseThrow();
		var before = session.store().list().stream().map(org.spinerad.store.ReportSummary::id).toList();
		ui.focus(ui.get("org.spinerad.ui.part.worklist.filter", org.eclipse.swt.widgets.Text.class));
		Workbench.answerDialog(ui, "New report", template.label());
		ui.press('n', org.eclipse.swt.SWT.MOD1);
		ui.waitUntil("the new report to open", java.time.Duration.ofSeconds(15), () -> session.report()
				.map(r -> template.id().equals(r.getTemplateId()) && !before.contains(r.getId())).orElse(false));
		var report = session.report().orElseThrow();
		assertTrue(report.getRegions().stream().allMatch(r -> r.isNormal()), "every region starts normal");
		assertEquals(Workbench.service(org.spinerad.ui.UserIdentity.class).name().orElse(null), report.getAuthor(),
				"the author is the configured user");
		assertTrue(report.getAuthor() == null || !report.getAuthor().equals(System.getProperty("user.name")),
				"the operating-system account is never the author");
		assertEquals(report.getId(), session.store().load(report.getId()).getId(), "the draft is saved");
	}

	@Test
	void aStudyFromThePacsBecomesTheContextOfANewReport() {
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.postop").orElseThrow();
		var study = new org.spinerad.dicom.report.WorklistStudy("2.25.42", "DOE^JANE", "PID-9", java.time.LocalDate.of(1970, 5, 6),
				"F", java.time.LocalDate.of(2026, 11, 25), java.time.LocalTime.of(10, 30), "ACC-9", "MRI L-spine + C",
				"Dr. Ref", java.util.List.of("MR"), 6, 900, null);
		var report = NewReports.create(template, "Dr. New");
		NewReports.fill(report, study);
		assertEquals("DOE^JANE", report.getPatient().getName());
		assertEquals(org.spinerad.model.Sex.FEMALE, report.getPatient().getSex());
		assertEquals("2.25.42", report.getStudy().getStudyInstanceUid());
		assertEquals("ACC-9", report.getStudy().getAccessionNumber());
		assertEquals("Dr. Ref", report.getStudy().getReferringPhysician());
		assertTrue(report.getRegions().stream().allMatch(r -> r.isNormal()));
	}

	@Test
	void templatesComeAndGoWithTheirBundles() throws Exception {
		TemplateRegistry registry = Workbench.service(TemplateRegistry.class);
		var context = org.osgi.framework.FrameworkUtil.getBundle(NewReportTest.class).getBundleContext();
		var bundle = java.util.Arrays.stream(context.getBundles())
				.filter(b -> "org.spinerad.templates.infection".equals(b.getSymbolicName())).findFirst().orElseThrow();
		assertTrue(registry.find("org.spinerad.templates.infection").isPresent());
		bundle.stop();
		try {
			assertFalse(registry.find("org.spinerad.templates.infection").isPresent(), "a stopped plugin disappears");
		} finally {
			bundle.start();
		}
		long deadline = System.currentTimeMillis() + 10_000;
		while (registry.find("org.spinerad.templates.infection").isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(registry.find("org.spinerad.templates.infection").isPresent(), "a started plugin appears without restart");
	}
}
