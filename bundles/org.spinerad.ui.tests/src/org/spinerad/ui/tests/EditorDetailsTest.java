package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomWriter;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.VR;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.StudyImporter;
import org.spinerad.model.Report;
import org.spinerad.model.StudyPriority;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.ReportStarter;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Details of the report editor: a study imported from DICOM starts its report
 * with the order's indication and priority; the tab's dirty marker says
 * whether the report differs from its saved state; the header's summary line stays on one line at 1280 px and keeps
 * the whole text readable.
 */
class EditorDetailsTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String H = "org.spinerad.ui.report.header.";

	private final Ui ui = Ui.of(Display.getCurrent());
	private final List<String> created = new ArrayList<>();

	@TempDir
	Path dir;

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private Shell window() {
		Shell window = ui.shell("Spine MRI Reporting");
		ui.onUi(() -> {
			window.forceActive();
			return null;
		});
		ui.flush();
		return window;
	}

	/** Saves and opens a report with the Report part active; returns the open report. */
	private Report open(Report report) throws Exception {
		window();
		session().close();
		session().store().save(report);
		created.add(report.getId());
		session().open(report.getId());
		EPartService parts = Workbench.showReport();
		((ReportPart) parts.findPart(ReportPart.ID).getObject()).setFocus();
		ui.flush();
		return session().report().orElseThrow();
	}

	@AfterEach
	void removeReports() throws Exception {
		session().close();
		for (String id : created) {
			session().store().delete(id);
		}
	}

	/** An MR image written with our writer: the order's reason and priority in the Request Attributes Sequence. */
	private Path writeStudy() throws Exception {
		DataSet ds = new DataSet();
		ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
		ds.setString(Tag.SOPClassUID, VR.UI, UIDs.MR_IMAGE_STORAGE);
		ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.4711001.1.1");
		ds.setString(Tag.StudyInstanceUID, VR.UI, "2.25.4711001");
		ds.setString(Tag.SeriesInstanceUID, VR.UI, "2.25.4711001.1");
		ds.setString(Tag.Modality, VR.CS, "MR");
		ds.setString(Tag.PatientName, VR.PN, "LEROY^ANNE");
		ds.setString(Tag.PatientID, VR.LO, "PID-4711");
		ds.setString(Tag.AccessionNumber, VR.SH, "ACC-4711");
		ds.setString(Tag.BodyPartExamined, VR.CS, "TSPINE");
		ds.setString(Tag.AdmittingDiagnosesDescription, VR.LO, "Breast cancer 2019");
		DataSet request = ds.addItem(Tag.RequestAttributesSequence);
		request.setString(Tag.ReasonForTheRequestedProcedure, VR.LO, "New thoracic back pain");
		request.setString(Tag.RequestedProcedurePriority, VR.SH, "STAT");
		Path file = dir.resolve("study/IM1");
		java.nio.file.Files.createDirectories(file.getParent());
		DicomWriter.definedLengths().write(ds, file);
		return file.getParent();
	}

	@Test
	void aStudyImportedFromDicomStartsItsReportWithTheIndicationAndPriority() throws Exception {
		StudyImporter importer = StudyImporter.create();
		ImportResult imported = importer.importFrom(writeStudy());
		assertTrue(imported.badFiles().isEmpty(), imported.badFiles().toString());
		var study = imported.studies().get(0);
		Shell window = window();
		session().close();
		var template = Workbench.service(TemplateRegistry.class).find("org.spinerad.templates.tumor").orElseThrow();
		ReportStarter starter = ContextInjectionFactory.make(ReportStarter.class,
				Workbench.application().getChildren().get(0).getContext());
		Workbench.answerDialog(ui, ReportStarter.TITLE, template.label());
		Optional<Report> started = starter.start(window, report -> importer.fill(report, study));
		Report report = started.orElseThrow();
		created.add(report.getId());

		assertEquals("New thoracic back pain; Breast cancer 2019", report.getStudy().getClinicalIndication());
		assertEquals(StudyPriority.STAT, report.getStudy().getPriority());
		Report stored = session().store().load(report.getId());
		assertEquals("New thoracic back pain; Breast cancer 2019", stored.getStudy().getClinicalIndication(),
				"the draft is saved with the indication");
		ui.waitUntil("the header", WAIT, () -> ui.find(org.spinerad.ui.internal.editor.StudyHeader.FIELDS_ID).isPresent());
		// a complete header shows one line: its fields are built when shown
		var toggle = ui.get(org.spinerad.ui.internal.editor.StudyHeader.TOGGLE_ID, org.eclipse.swt.widgets.Button.class);
		boolean collapsed = !ui.get(org.spinerad.ui.internal.editor.StudyHeader.FIELDS_ID,
				org.eclipse.swt.widgets.Composite.class).isVisible();
		if (collapsed) {
			ui.click(toggle);
		}
		ui.waitUntil("the header to show the study", WAIT,
				() -> "New thoracic back pain; Breast cancer 2019".equals(ui.get(H + "study.indication", Text.class).getText()));
		assertEquals("STAT", ui.get(H + "study.priority", org.eclipse.swt.widgets.Combo.class).getText()
				.toUpperCase(java.util.Locale.ROOT));
		String summary = ui.get(ReportPart.ID + ".header", Label.class).getToolTipText();
		assertTrue(summary.startsWith("STAT  Leroy, Anne"), summary);
		if (collapsed) {
			ui.click(toggle); // the header as the next test expects it: the user's choice is kept
		}
	}

	@Test
	void theTabsDirtyMarkerFollowsTheSavedState() throws Exception {
		Report sample = EcoreUtil.copy(session().store().load("case-TUM-01"));
		sample.setId("editor-dirty");
		open(sample);
		Shell window = window();
		MPart part = Workbench.part(ReportPart.ID);
		var header = ui.get(org.spinerad.ui.internal.editor.StudyHeader.TOGGLE_ID, org.eclipse.swt.widgets.Button.class);
		boolean shown = ui.get(org.spinerad.ui.internal.editor.StudyHeader.FIELDS_ID, org.eclipse.swt.widgets.Composite.class).isVisible();
		if (!shown) {
			ui.click(header);
		}
		Text indication = ui.get(H + "study.indication", Text.class);
		try {
			ui.type(indication, " More.");
			ui.waitUntil("the report to be dirty", WAIT, () -> session().isDirty() && part.isDirty());
			ui.waitUntil("the tab to show the dirty marker", WAIT, () -> reportTab(window).startsWith("*"));

			ui.press('s', SWT.MOD1);
			ui.waitUntil("the report saved", WAIT, () -> !session().isDirty());
			ui.flush();
			assertFalse(part.isDirty(), "the part is clean after the save");
			ui.waitUntil("the tab without the dirty marker, now " + reportTab(window), WAIT,
					() -> !reportTab(window).startsWith("*"));
			assertEquals("Report", reportTab(window));

			// an edit taken back with Ctrl+Z leaves the report as saved: no marker; Ctrl+Y brings both back
			var priority = ui.get(H + "study.priority", org.eclipse.swt.widgets.Combo.class);
			ui.select(priority, "urgent");
			ui.waitUntil("the tab to show the dirty marker again", WAIT, () -> reportTab(window).startsWith("*"));
			ui.press('z', SWT.MOD1);
			ui.waitUntil("the edit undone", WAIT, () -> !session().report().orElseThrow().getStudy().isSetPriority());
			ui.waitUntil("the tab clean, the report as saved; now " + reportTab(window), WAIT,
					() -> !reportTab(window).startsWith("*") && !session().isDirty() && !part.isDirty());
			ui.press('y', SWT.MOD1);
			ui.waitUntil("redo to mark the report dirty", WAIT,
					() -> reportTab(window).startsWith("*") && session().isDirty());
		} finally {
			if (!shown && indication.isVisible()) {
				ui.click(header); // the header as the next test expects it: the user's choice is kept
			}
		}
	}

	/** @return the text of the Report part's tab */
	private String reportTab(Shell window) {
		return ui.onUi(() -> {
			for (CTabFolder folder : ui.all(window, CTabFolder.class)) {
				for (CTabItem item : folder.getItems()) {
					if (item.getText().replace("*", "").strip().equals("Report")) {
						return item.getText();
					}
				}
			}
			throw new AssertionError("no Report tab");
		});
	}

	@Test
	void theSummaryLineStaysOneLineAt1280AndKeepsTheWholeTextReadable() throws Exception {
		Report sample = EcoreUtil.copy(session().store().load("case-TUM-01"));
		sample.setId("editor-summary");
		sample.getPatient().setName("VAN DER BERGHE-MONTGOMERY-SAINT-EXUPERY^MARIE-ANTOINETTE ELISABETH CHARLOTTE");
		sample.getStudy().setAccessionNumber("ACC-2026-11-29-000000004711-THORACIC-SPINE");
		open(sample);
		Shell window = window();
		Point before = ui.onUi(window::getSize);
		try {
			ui.onUi(() -> {
				window.setSize(1280, 800);
				window.layout(true, true);
				return null;
			});
			ui.flush();
			ui.screenshot(window, Screenshots.file("editor-summary-1280x800"));
			Label summary = ui.get(ReportPart.ID + ".header", Label.class);
			String whole = summary.getToolTipText();
			assertTrue(whole != null && whole.toLowerCase(java.util.Locale.ROOT).contains("berghe-montgomery")
					&& whole.contains("ACC-2026-11-29-000000004711-THORACIC-SPINE"), "the whole line: " + whole);
			ui.onUi(() -> {
				GC gc = new GC(summary);
				try {
					int line = gc.getFontMetrics().getHeight();
					var bounds = summary.getBounds();
					assertTrue(bounds.height < 2 * line, "one line: " + bounds.height + " px for lines of " + line);
					assertTrue(gc.textExtent(summary.getText()).x <= bounds.width,
							"the shown text fits the width: " + summary.getText());
					int right = summary.getParent().getClientArea().width;
					assertTrue(bounds.x + bounds.width <= right, "inside the part: " + bounds + " in " + right);
				} finally {
					gc.dispose();
				}
				return null;
			});
			assertNotEquals(whole, summary.getText(), "too long for 1280 px");
			assertTrue(summary.getText().endsWith("\u2026"), "cut with an ellipsis: " + summary.getText());
			assertEquals(whole, summary.getToolTipText(), "the whole line in the tool tip");
		} finally {
			ui.onUi(() -> {
				window.setSize(before);
				window.layout(true, true);
				return null;
			});
		}
	}
}
