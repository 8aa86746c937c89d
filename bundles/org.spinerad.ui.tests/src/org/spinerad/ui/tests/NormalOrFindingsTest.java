package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.query.Reports;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.session.ReportSession;

/**
 * A region is normal or has findings, never both: adding a finding removes the
 * normal statement (one undo brings both back), stating a region with findings
 * normal asks first, and a contradictory report is refused at sign-off.
 */
class NormalOrFindingsTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String FORM = "org.spinerad.ui.report.region.";
	private final Ui ui = Ui.of(Display.getCurrent());

	private ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	/** Opens TUM-03 (used by no other UI test): epidural space normal, cord with two findings, nothing critical. */
	private Report open() throws Exception {
		Shell window = ui.shell("Spine MRI Reporting");
		ui.onUi(() -> {
			window.forceActive();
			return null;
		});
		ui.flush();
		session().close();
		session().open("case-TUM-03");
		Workbench.showReport();
		return session().report().orElseThrow();
	}

	/** Undoes what the test changed, so the stored draft stays as it was. */
	@AfterEach
	void undoAll() {
		session().domain().ifPresent(d -> {
			while (d.getCommandStack().canUndo()) {
				d.getCommandStack().undo();
			}
		});
		session().close();
	}

	@Test
	void addingAFindingRemovesTheNormalStatementAndOneUndoRestoresBoth() throws Exception {
		Region epidural = Reports.region(open(), RegionKind.EPIDURAL).orElseThrow();
		String statement = epidural.getStatement();
		assertTrue(epidural.isNormal() && statement != null && epidural.getFindings().isEmpty(), "starts normal");

		Button add = ui.get(FORM + "epidural.add", Button.class);
		ui.focus(add);
		ui.press(' ', 0);
		ui.waitUntil("a finding without the normal statement", WAIT, () -> epidural.getFindings().size() == 1
				&& !epidural.isNormal() && epidural.getStatement() == null);
		ui.waitUntil("the Normal box to be cleared", WAIT, () -> !ui.get(FORM + "epidural.normal", Button.class).getSelection());

		ui.focus(ui.get(FORM + "epidural.remark", Text.class));
		ui.press('z', SWT.MOD1);
		ui.waitUntil("one undo to restore the normal statement and remove the finding", WAIT,
				() -> epidural.getFindings().isEmpty() && epidural.isNormal()
						&& Objects.equals(statement, epidural.getStatement()));
		ui.waitUntil("the Normal box ticked again", WAIT, () -> ui.get(FORM + "epidural.normal", Button.class).getSelection());
	}

	@Test
	void statingARegionWithFindingsNormalAsksFirstNamingPatientAndRegion() throws Exception {
		Report report = open();
		Region cord = Reports.region(report, RegionKind.CORD_ROOTS_MENINGES).orElseThrow();
		int findings = cord.getFindings().size();
		assertTrue(findings > 0 && !cord.isNormal(), "the cord region has findings");

		// ticking Normal asks; No (the default) changes nothing
		StringBuilder asked = answer("No");
		ui.click(ui.get(FORM + "cord_roots_meninges.normal", Button.class));
		ui.waitUntil("the question", WAIT, () -> asked.length() > 0);
		assertTrue(asked.toString().contains("Patient: "), asked.toString());
		if (report.getPatient() != null && report.getPatient().getPatientId() != null) {
			assertTrue(asked.toString().contains(report.getPatient().getPatientId()), "names the patient: " + asked);
		}
		assertTrue(asked.toString().contains(findings + " findings"), asked.toString());
		assertEquals(findings, cord.getFindings().size(), "No keeps the findings");
		assertFalse(cord.isNormal());
		assertFalse(ui.get(FORM + "cord_roots_meninges.normal", Button.class).getSelection(), "the box shows the model");

		// Ctrl+Shift+N asks too; Yes removes the findings and states the region normal, as one command
		StringBuilder again = answer("Yes");
		// the form is rebuilt after the answer, and without a window manager the closed dialog leaves no
		// window with the keyboard: activate the window again and wait until the new statement field has the focus
		Shell window = ui.shell("Spine MRI Reporting");
		window.forceActive();
		ui.flush();
		ui.waitUntil("the cord statement to hold the focus", WAIT, () -> {
			Text statement = ui.get(FORM + "cord_roots_meninges.statement", Text.class);
			if (!statement.isFocusControl()) {
				ui.focus(statement);
			}
			return statement.isFocusControl();
		});
		ui.press('n', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the region normal without findings", WAIT, () -> cord.getFindings().isEmpty() && cord.isNormal()
				&& cord.getStatement() != null && !cord.getStatement().isBlank());
		assertTrue(again.length() > 0, "Ctrl+Shift+N asked first");
		session().domain().orElseThrow().getCommandStack().undo();
		assertEquals(findings, cord.getFindings().size(), "one undo brings the findings back");
		assertFalse(cord.isNormal());
	}

	@Test
	void aContradictoryReportIsRefusedAtSignOff() throws Exception {
		Report report = open();
		Region cord = Reports.region(report, RegionKind.CORD_ROOTS_MENINGES).orElseThrow();
		var domain = session().domain().orElseThrow();
		domain.getCommandStack().execute(SetCommand.create(domain, cord,
				ReportPackage.Literals.REGION__STATEMENT, "Normal cord signal."));
		UiPreferences.put(Map.of("userName", "Dr. Normal Test"));

		StringBuilder refusal = answer("Cannot sign yet", "OK");
		ui.focus(ui.get(FORM + "cord_roots_meninges.remark", Text.class));
		ui.press('s', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the sign-off to refuse", WAIT, () -> refusal.length() > 0);
		assertTrue(refusal.toString().contains("states normal (\"Normal cord signal.\")"), refusal.toString());
		assertTrue(refusal.toString().contains("remove the normal statement or the findings"), refusal.toString());
		assertEquals(ReportStatus.DRAFT, report.getStatus(), "not signed");
	}

	private StringBuilder answer(String button) {
		return answer("State region normal", button);
	}

	/** When a dialog with this title opens, keeps its text and presses the button. */
	private StringBuilder answer(String title, String button) {
		return Workbench.answer(ui, title, button, shell -> {
		});
	}
}
