package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;

/** The department template folder, as the Preferences dialog sets it, applies to the next render without a restart. */
class SettingsAtRunTimeTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() throws Exception {
		ServicePreferences.put("org.spinerad.templates", "departmentFolder", null);
	}

	@Test
	void theDepartmentTemplateFolderAppliesToTheNextRender() throws Exception {
		DistributionService service = Fixtures.service(DistributionService.class);
		Report report = Fixtures.signedFinal("folder");
		assertTrue(Fixtures.waitUntil(() -> service.canRender(report)), "the postop template is installed");
		String shipped = service.render(report).text();

		Path folder = dir.resolve("department");
		Files.createDirectories(folder.resolve(report.getTemplateId()));
		Files.writeString(folder.resolve(report.getTemplateId()).resolve(TemplateProvider.TEXT_TEMPLATE),
				"DEPARTMENT WORDING\n");
		ServicePreferences.put("org.spinerad.templates", "departmentFolder", folder.toString());

		assertEquals(folder, Fixtures.service(TemplateService.class).departmentFolder());
		String department = service.render(report).text();
		assertTrue(department.startsWith("DEPARTMENT WORDING"), department);

		ServicePreferences.put("org.spinerad.templates", "departmentFolder", null);
		assertEquals(shipped, service.render(report).text(), "back to the shipped template");
	}
}
