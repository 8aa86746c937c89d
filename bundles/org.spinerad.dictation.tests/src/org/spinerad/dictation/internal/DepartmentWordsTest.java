package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dictation.DictationResult;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.templates.infection.internal.InfectionTemplate;

/** The department template folder can override a template's dictation words; a broken file falls back to the plugin's. */
class DepartmentWordsTest {

	@TempDir
	Path folder;

	private final TemplateProvider infection = new InfectionTemplate();

	private DictationService service() {
		DictationService service = Fixtures.dictation();
		service.templates = new TemplateServiceImpl(folder, new SandboxedRenderer());
		return service;
	}

	private static DictationResult say(DictationService service, String phrase) {
		Report report = Reports.newDraft("department");
		report.setTemplateId(new InfectionTemplate().id());
		return service.session(report, new ReportEditingDomain()).apply(phrase);
	}

	private Path departmentFile(List<String> extra) throws Exception {
		List<String> lines = new ArrayList<>(DictationService.curated(infection));
		lines.addAll(extra);
		Path file = Files.createDirectories(folder.resolve(infection.id())).resolve(DictationService.WORDS_FILE);
		Files.write(file, lines);
		return file;
	}

	@Test
	void theDepartmentsWordsAreTypedAndSpoken() throws Exception {
		DictationService service = service();
		assertFalse(say(service, "L3-L4 pus pocket").understood(), "not a word of the shipped template");
		departmentFile(List.of("pus pocket : region epidural, classification = abscess"));
		assertEquals("[epidural L3-L4 classification = abscess]", say(service, "L3-L4 pus pocket").edits().toString());
		assertTrue(service.grammar(infection.id()).contains("pus pocket"), "the spoken grammar has the department's words");
		assertTrue(service.problem(infection.id()).isEmpty());
	}

	@Test
	void aBrokenDepartmentFileSaysWhereAndTheShippedWordsApply() throws Exception {
		DictationService service = service();
		Path file = departmentFile(List.of("pus pocket : region epidural, classification = abscess", "pus pocket region epidural"));
		int broken = DictationService.curated(infection).size() + 2;
		String problem = service.problem(infection.id()).orElseThrow();
		assertTrue(problem.contains(file.toString()) && problem.contains("line " + broken + ":")
				&& problem.contains("words shipped with the template apply"), problem);
		assertFalse(say(service, "L3-L4 pus pocket").understood());
		assertEquals("[epidural L3-L4 classification = abscess]", say(service, "L3-L4 epidural abscess").edits().toString());

		// fixed: the department's words apply without a restart
		Files.write(file, Files.readAllLines(file).subList(0, broken - 1));
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
		assertTrue(service.problem(infection.id()).isEmpty());
		assertEquals("[epidural L3-L4 classification = abscess]", say(service, "L3-L4 pus pocket").edits().toString());
	}
}
