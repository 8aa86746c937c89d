package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.SpineSegment;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.NewReports;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.internal.editor.StudyHeader;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The study and clinical header: filled in by keyboard only (and undone like
 * any edit), pre-filled from the study, collapsible, and required before a
 * report is signed final, with the missing fields and the patient named.
 */
class StudyHeaderTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String H = "org.spinerad.ui.report.header.";

	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	/** Saves and opens a report with the Report part active; returns the open report. */
	private Report open(Report report) throws Exception {
		Shell window = ui.shell("Spine MRI Reporting");
		ui.onUi(() -> {
			window.forceActive();
			return null;
		});
		ui.flush();
		session().close();
		session().store().save(report);
		created.add(report.getId());
		session().open(report.getId());
		EPartService parts = Workbench.showReport();
		((ReportPart) parts.findPart(ReportPart.ID).getObject()).setFocus();
		ui.flush();
		return session().report().orElseThrow();
	}

	private Report emptyDraft(String id) {
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.tumor").orElseThrow();
		Report report = NewReports.create(template, "Dr. Header");
		report.setId(id);
		return report;
	}

	@AfterEach
	void removeReports() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
	}

	@Test
	void aNewReportStartsInTheHeaderAndIsFilledByKeyboardOnly() throws Exception {
		Report report = open(emptyDraft("header-keys"));
		Text name = ui.get(H + "patient.name", Text.class);
		assertTrue(ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible(), "an empty header opens shown");
		ui.waitUntil("the focus in the patient's name", WAIT, name::isFocusControl);

		type("MOREAU^ÉMILE");
		ui.press(SWT.TAB, 0);
		type("MRN-4711");
		ui.press(SWT.TAB, 0);
		type("m"); // type-ahead in the sex pick list
		ui.press(SWT.TAB, 0);
		type("1958-04-02");
		ui.press(SWT.TAB, 0);
		ui.press(SWT.TAB, 0); // age: not needed with a birth date
		type("s"); // priority STAT
		ui.press(SWT.TAB, 0);
		type("ACC-H-1");
		ui.press(SWT.TAB, 0);
		type("t"); // exam: thoracic
		ui.press(SWT.TAB, 0);
		ui.press(SWT.TAB, 0); // comparison date
		type("Lung cancer, new mid-thoracic pain.");

		assertEquals("MOREAU^ÉMILE", report.getPatient().getName());
		assertEquals("MRN-4711", report.getPatient().getPatientId());
		assertEquals(Sex.MALE, report.getPatient().getSex());
		assertEquals("1958-04-02", new java.text.SimpleDateFormat("yyyy-MM-dd").format(report.getPatient().getBirthDate()));
		assertEquals(org.spinerad.model.StudyPriority.STAT, report.getStudy().getPriority());
		assertEquals("ACC-H-1", report.getStudy().getAccessionNumber());
		assertEquals(SpineSegment.THORACIC, report.getExam().getRegionImaged());
		assertEquals("Lung cancer, new mid-thoracic pain.", report.getStudy().getClinicalIndication());
		assertTrue(ui.get(H + "study.indication", Text.class).isFocusControl(), "typing never lost the focus");
		String summary = ui.get(ReportPart.ID + ".header", Label.class).getText();
		assertTrue(summary.startsWith("STAT  Moreau, Émile  ID MRN-4711"), summary);

		// an edit of the header is undone like any other edit: the whole indication, not one letter
		ui.press('z', SWT.MOD1);
		ui.waitUntil("Ctrl+Z to undo the indication", WAIT, () -> report.getStudy().getClinicalIndication() == null);
		assertNull(report.getStudy().getClinicalIndication());
		assertEquals("", ui.get(H + "study.indication", Text.class).getText());
		assertEquals("ACC-H-1", report.getStudy().getAccessionNumber(), "only the last edit is undone");
	}

	@Test
	void theHeaderShowsWhatTheStudyBroughtAndCollapsesToOneLine() throws Exception {
		Report sample = EcoreUtil.copy(session().store().load("case-TUM-01"));
		sample.setId("header-prefill");
		Report report = open(sample);
		// a complete header starts as one summary line; the toggle shows the fields and hides them again
		Composite fields = ui.get(StudyHeader.FIELDS_ID, Composite.class);
		assertFalse(fields.isVisible(), "complete: collapsed to the summary line");
		Button toggle = ui.get(StudyHeader.TOGGLE_ID, Button.class);
		ui.click(toggle);
		assertTrue(fields.isVisible());
		assertEquals("Case, Tum01", ui.get(H + "patient.name", Text.class).getText(), "the name as people read it");
		assertEquals("PID-TUM-01", ui.get(H + "patient.id", Text.class).getText());
		assertEquals("male", ui.get(H + "patient.sex", Combo.class).getText());
		assertEquals("66", ui.get(H + "patient.age", Text.class).getText());
		assertEquals("ACC-TUM-01", ui.get(H + "study.accession", Text.class).getText());
		assertEquals("thoracic", ui.get(H + "exam.region", Combo.class).getText());
		assertEquals(report.getStudy().getClinicalIndication(), ui.get(H + "study.indication", Text.class).getText());
		assertEquals("Lung adenocarcinoma", ui.get(H + "clinical.primary", Text.class).getText());
		assertEquals("occasional, non-mechanical", ui.get(H + "clinical.pain", Combo.class).getText());
		assertEquals("16", ui.get(H + "contrast.volume", Text.class).getText());
		assertEquals("", ui.get(H + "study.priority", Combo.class).getText(), "no priority ordered: none shown");
		assertTrue(ui.get(H + "exam.comparisonAvailable", Button.class).getSelection());

		ui.shell("Spine MRI Reporting");
		Shell window = ui.shell("Spine MRI Reporting");
		ui.onUi(() -> {
			window.setSize(1280, 800);
			window.layout(true, true);
			return null;
		});
		ui.flush();
		Path shot = ui.screenshot(window, Path.of("target", "screenshots", "study-header-1280x800.png"));
		assertTrue(shot.toFile().length() > 0);
		// at 1280x800 every field is inside the Report column, none cut off at the right edge
		int visible = fields.getParent().getClientArea().width - fields.getBounds().x;
		for (org.eclipse.swt.widgets.Control c : fields.getChildren()) {
			var b = c.getBounds();
			assertTrue(b.x + b.width <= visible && b.width > 0, c.getData("org.spinerad.id") + " at " + b
					+ " fits in " + visible + " px");
		}
		ui.click(toggle);
		assertFalse(fields.isVisible());
		assertTrue(ui.get(ReportPart.ID + ".header", Label.class).getToolTipText().contains("Acc ACC-TUM-01"));
	}

	@Test
	void theNameIsTypedAndShownFamilyCommaGivenAndKeptInTheDicomForm() throws Exception {
		Report sample = EcoreUtil.copy(session().store().load("case-TUM-01"));
		sample.setId("header-name");
		Report report = open(sample);
		if (!ui.get(StudyHeader.FIELDS_ID, Composite.class).isVisible()) {
			ui.click(ui.get(StudyHeader.TOGGLE_ID, Button.class));
		}
		Text name = ui.get(H + "patient.name", Text.class);
		assertEquals("Case, Tum01", name.getText());
		// the caret passing through changes nothing: the stored form stays as the study brought it
		ui.focus(name);
		ui.press(SWT.TAB, 0);
		assertEquals("CASE^TUM01", report.getPatient().getName());
		assertFalse(session().isDirty(), "showing the name is no edit");

		ui.focus(name);
		ui.onUi(() -> {
			name.selectAll();
			return null;
		});
		ui.onUi(() -> {
			name.cut(); // the whole name goes, as a user selecting it and typing over it
			return null;
		});
		type("Moreau, Émile");
		ui.press(SWT.TAB, 0);
		assertEquals("Moreau^Émile", report.getPatient().getName(), "the model keeps the DICOM form");
		assertEquals("Moreau, Émile", name.getText(), "and the field shows it as typed");
		String summary = ui.get(ReportPart.ID + ".header", Label.class).getText();
		assertTrue(summary.contains("Moreau, Émile"), summary);
		// what the exports write: DICOM PN family^given (HL7 XPN takes the same components)
		var sr = new org.spinerad.dicom.report.internal.SrExporter().toDataSet(report, note -> {
		});
		assertEquals("Moreau^Émile", sr.getString(org.spinerad.dicom.Tag.PatientName));

		// Ctrl+Z gives the study's name back, shown readable again
		ui.focus(name);
		ui.press('z', SWT.MOD1);
		ui.waitUntil("Ctrl+Z to take the typed name back", WAIT,
				() -> "CASE^TUM01".equals(report.getPatient().getName()));
		ui.waitUntil("the study's name shown again", WAIT, () -> name.getText().equals("Case, Tum01"));
	}

	@Test
	void signingFinalNeedsTheHeaderAndNamesTheMissingFields() throws Exception {
		Report draft = emptyDraft("header-sign");
		draft.getImpression().add(org.spinerad.model.ReportFactory.eINSTANCE.createImpressionItem());
		draft.getImpression().get(0).setText("No metastasis.");
		Report report = open(draft);
		UiPreferences.put(Map.of("userName", "Dr. Header Test"));
		StringBuilder refusal = Workbench.answer(ui, "Cannot sign yet", "OK", shell -> {
		});
		ui.focus(ui.get(H + "patient.name", Text.class));
		type("DOE^JANE");
		ui.press('s', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the sign-off to refuse", WAIT, () -> refusal.length() > 0);
		String text = refusal.toString();
		assertTrue(text.contains("Patient: Doe, Jane"), "the dialog names the patient: " + text);
		for (String field : List.of("patient ID", "sex", "birth date or age", "accession number",
				"clinical indication", "exam (region imaged)")) {
			assertTrue(text.contains("The study header has no " + field + ";"), field + " named: " + text);
		}
		assertFalse(text.contains("has no patient name"), "the name is there: " + text);
		assertEquals(ReportStatus.DRAFT, report.getStatus(), "not signed");
	}

	/** Types into the focused control, as keystrokes. */
	private void type(String text) {
		ui.type((org.eclipse.swt.widgets.Control) ui.onUi(() -> Display.getCurrent().getFocusControl()), text);
	}
}
