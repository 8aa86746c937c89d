package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.NormalRange;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.editor.StudyHeader;
import org.spinerad.ui.session.ReportSession;

/**
 * What the model says about a case and the editor lets the radiologist say by
 * keyboard: the neurological status in the header, a region normal over a
 * range of levels, and the T2 signal and diffusion of the components of a
 * mixed epidural lesion. Each is undone like any edit, and the rendered report
 * says it.
 */
class ClinicalEditorsTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String R = "org.spinerad.ui.report.";
	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();
	private final MainWindow window = new MainWindow(ui);
	/** Whether a test showed the header: the choice is kept for the next report, so it is taken back. */
	private boolean headerShown;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	/** A copy of a sample, open in the editor of a 1280×800 window. */
	private Report open(String sample, String id) throws Exception {
		Report copy = SampleCases.load(sample);
		copy.setId(id);
		session().close();
		if (session().store().revision(id) != null) {
			session().store().delete(id);
		}
		session().store().save(copy, Revision.NEW, new Actor("Dr Seed", "ws-test"));
		created.add(id);
		window.resize(1280, 800);
		session().open(id);
		Workbench.showReport();
		ui.flush();
		return session().report().orElseThrow();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (headerShown) {
			ui.focus(ui.get(StudyHeader.TOGGLE_ID, Button.class));
			ui.press(' ', 0);
			ui.waitUntil("Space to hide the header again", WAIT,
					() -> !ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible());
		}
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
		window.restore();
	}

	private String rendered(Report report) throws Exception {
		var template = session().templates().find(report.getTemplateId()).orElseThrow();
		return Workbench.service(TemplateService.class).render(report, template, OutputFormat.TEXT).text();
	}

	private void undo() {
		ui.press('z', SWT.MOD1);
	}

	private String focusId() {
		Control focus = ui.display().getFocusControl();
		return focus == null ? null : String.valueOf(focus.getData(WidgetIds.KEY));
	}

	private void waitForFocus(String id) {
		ui.waitUntil("the caret in " + id, WAIT, () -> id.equals(focusId()));
	}

	@Test
	void theNeurologicalStatusIsSetInTheHeaderAndUndone() throws Exception {
		Report report = open("TUM-01", "editors-neuro");
		Button toggle = ui.get(StudyHeader.TOGGLE_ID, Button.class);
		if (!ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible()) {
			ui.focus(toggle);
			ui.press(' ', 0);
			headerShown = true;
			ui.waitUntil("Space to show the header", WAIT,
					() -> ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible());
		}
		ui.focus(ui.get(R + "header.clinical.primary", Text.class));
		ui.press(SWT.TAB, 0);
		Combo neuro = ui.get(R + "header.clinical.neurologicalStatus", Combo.class);
		waitForFocus(R + "header.clinical.neurologicalStatus");
		assertEquals("not documented", neuro.getText());
		ui.type(neuro, "u"); // type-ahead: unknown (not assessable)
		assertEquals(NeurologicalStatus.UNKNOWN, report.getClinical().getNeurologicalStatus());
		assertEquals("unknown (not assessable)", neuro.getText());
		assertTrue(rendered(report).contains("Neurological status: unknown (not assessable)"), rendered(report));
		ui.screenshot(neuro.getShell(), Screenshots.file("editors-neurological-status"));

		undo();
		ui.waitUntil("Ctrl+Z to undo the status", WAIT,
				() -> report.getClinical().getNeurologicalStatus() == NeurologicalStatus.NOT_DOCUMENTED);
		assertEquals("not documented", neuro.getText());
		assertFalse(rendered(report).contains("Neurological status"), "not documented: not printed");
	}

	@Test
	void aRegionIsStatedNormalOverARangeOfLevels() throws Exception {
		Report report = open("INF-01", "editors-normal-range");
		var marrow = Reports.region(report, RegionKind.BONE_MARROW).orElseThrow();
		String rows = R + "region.bone_marrow.normalRange.";
		ui.focus(ui.get(rows + "add", Button.class));
		ui.press(' ', 0);
		waitForFocus(rows + "1.levels");
		assertEquals(1, marrow.getNormalRanges().size());
		NormalRange range = marrow.getNormalRanges().get(0);
		Text levels = ui.get(rows + "1.levels", Text.class);

		ui.type(levels, "C2 to Q1");
		assertNull(range.getTo(), "a range that does not read leaves the report as it was");
		assertTrue(levels.getToolTipText().contains("'Q1' is not a spine level"), levels.getToolTipText());
		for (int i = 0; i < 2; i++) {
			ui.press(SWT.BS, 0);
		}
		ui.waitUntil("Backspace to take the wrong level away", WAIT, () -> levels.getText().equals("C2 to "));
		ui.type(levels, "L1");
		assertEquals(SpineLevel.valueOf("C2"), range.getFrom());
		assertEquals(SpineLevel.valueOf("L1"), range.getTo());
		ui.press(SWT.TAB, 0);
		waitForFocus(rows + "1.statement");
		ui.type(ui.get(rows + "1.statement", Text.class), "Normal marrow signal");
		String text = rendered(report);
		assertTrue(text.contains("Normal marrow signal from C2 to L1."), text);
		ui.screenshot(levels.getShell(), Screenshots.file("editors-normal-range"));

		// a second range typed upwards is refused with the way to write it
		ui.focus(ui.get(rows + "add", Button.class));
		ui.press(' ', 0);
		waitForFocus(rows + "2.levels");
		Text second = ui.get(rows + "2.levels", Text.class);
		ui.type(second, "S1 to L5");
		assertNull(marrow.getNormalRanges().get(1).getTo());
		assertTrue(second.getToolTipText().contains("write the upper level first, e.g. L5 to S1"),
				second.getToolTipText());
		undo(); // what was typed in the second range
		ui.waitUntil("Ctrl+Z to undo the second range's levels", WAIT,
				() -> marrow.getNormalRanges().get(1).getFrom() == null);
		undo(); // the second range itself
		ui.waitUntil("Ctrl+Z to remove the second range", WAIT, () -> marrow.getNormalRanges().size() == 1);
		ui.focus(ui.get(rows + "1.statement", Text.class));

		undo(); // the statement, typed in one visit
		ui.waitUntil("Ctrl+Z to undo the statement", WAIT, () -> range.getStatement() == null);
		undo(); // the levels, typed in one visit
		ui.waitUntil("Ctrl+Z to undo the levels", WAIT, () -> range.getFrom() == null);
		assertNull(range.getTo());
		assertEquals("", ui.get(rows + "1.levels", Text.class).getText());
		undo(); // the range itself
		ui.waitUntil("Ctrl+Z to remove the range", WAIT, () -> marrow.getNormalRanges().isEmpty());
		assertFalse(rendered(report).contains("from C2 to L1"));
	}

	@Test
	void theComponentsOfAMixedLesionTakeT2AndDiffusion() throws Exception {
		Report report = open("INF-01", "editors-components");
		EpiduralFinding lesion = (EpiduralFinding) Reports.findings(report).stream()
				.filter(f -> "F3".equals(f.getId())).findFirst().orElseThrow();
		Component abscess = lesion.getComponents().get(1);
		String row = R + "finding.F3.component.";
		FindingForms.expand(ui, "F3");
		Combo t2 = ui.get(row + "2.t2", Combo.class);
		ui.focus(t2);
		ui.type(t2, "f"); // fluid-like hyperintense
		ui.press(SWT.TAB, 0);
		waitForFocus(row + "2.dwi");
		ui.type(ui.get(row + "2.dwi", Combo.class), "r");
		assertEquals(SignalIntensity.FLUID_HYPER, abscess.getT2());
		assertEquals(DiffusionResult.RESTRICTED, abscess.getDwi());
		String text = rendered(report);
		assertTrue(text.contains("T2 fluid-like hyperintense, restricted diffusion"), text);
		ui.screenshot(t2.getShell(), Screenshots.file("editors-components"));

		undo();
		ui.waitUntil("Ctrl+Z to undo the diffusion", WAIT, () -> abscess.getDwi() == DiffusionResult.NOT_ASSESSED);
		assertEquals(SignalIntensity.FLUID_HYPER, abscess.getT2(), "one edit at a time");
		assertFalse(rendered(report).contains("T2 fluid-like hyperintense, restricted diffusion"));

		// a third component by keyboard: the caret goes to its type
		ui.focus(ui.get(row + "add", Button.class));
		ui.press(' ', 0);
		waitForFocus(row + "3.type");
		ui.type(ui.get(row + "3.type", Combo.class), "d");
		assertEquals(3, lesion.getComponents().size());
		assertEquals(CollectionType.DISC, lesion.getComponents().get(2).getType());
		assertTrue(rendered(report).contains("disc component"), rendered(report));
		undo();
		undo();
		ui.waitUntil("Ctrl+Z twice to take the new component away", WAIT, () -> lesion.getComponents().size() == 2);
	}
}
