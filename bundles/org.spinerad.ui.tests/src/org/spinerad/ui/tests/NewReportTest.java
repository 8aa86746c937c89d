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
