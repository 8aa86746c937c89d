package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.query.Reports;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.session.ReportSession;

/**
 * A radiologist completes a postoperative report with the keyboard: opens it
 * from the worklist, fills a normal region, undoes and redoes, writes the
 * impression, signs it final, and sees the signed text in the preview.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	private static ReportSession session() {
		return Workbench.service(ReportSession.class);
	}

	private Report report() {
		return session().report().orElseThrow();
	}

	@Test
	@Order(1)
	void completeAPostoperativeReportWithTheKeyboardAndSignIt() throws Exception {
		Shell window = ui.shell("Spine MRI Reporting");
		Text filter = ui.get("org.spinerad.ui.part.worklist.filter", Text.class);
		ui.type(filter, "ACC-POST-01");
		ui.press(SWT.CR, 0);
		ui.waitUntil("the report to open", WAIT, () -> session().report().map(r -> r.getId().equals("case-POST-01")).orElse(false));
		ui.screenshot(window, Screenshots.file("report-opened"));

		// fill the facet region with its normal statement: focus it, Ctrl+Shift+N, agree to remove its finding
		Text facets = ui.get("org.spinerad.ui.report.region.facets.statement", Text.class);
		ui.focus(facets);
		Region facetRegion = Reports.region(report(), RegionKind.FACETS).orElseThrow();
		String before = facetRegion.getStatement();
		Workbench.answerDialog(ui, "State region normal", "Yes");
		ui.press('n', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the normal statement", WAIT, () -> facetRegion.isNormal() && facetRegion.getStatement() != null
				&& facetRegion.getStatement().startsWith("Facet joints without effusion")
				&& facetRegion.getFindings().isEmpty());
		assertTrue(session().isDirty(), "the dirty marker is set");

		// undo and redo with the keyboard (the form was rebuilt without the finding: focus it again)
		ui.focus(ui.get("org.spinerad.ui.report.region.facets.statement", Text.class));
		ui.press('z', SWT.MOD1);
		ui.waitUntil("undo", WAIT, () -> java.util.Objects.equals(before, facetRegion.getStatement()));
		assertTrue(session().domain().orElseThrow().getCommandStack().canRedo(), "undo leaves something to redo");
		ui.press('y', SWT.MOD1);
		ui.waitUntil("redo", WAIT, () -> facetRegion.getStatement() != null && facetRegion.getStatement().startsWith("Facet"));

		// write the impression: add an item with the keyboard, type it
		// (the drafted items come first; the radiologist adds one of their own)
		int drafted = report().getImpression().size();
		Button add = ui.get("org.spinerad.ui.report.impression.add", Button.class);
		ui.focus(add);
		ui.press(' ', 0);
		ui.waitUntil("an impression item", WAIT, () -> report().getImpression().size() == drafted + 1);
		Text item = ui.get("org.spinerad.ui.report.impression." + (drafted + 1), Text.class);
		ui.type(item, "Epidural fibrosis at L5-S1 without recurrent disc herniation");
		ui.waitUntil("the impression text in the model", WAIT,
				() -> "Epidural fibrosis at L5-S1 without recurrent disc herniation".equals(report().getImpression().get(drafted).getText()));

		// a RIS listens: signing must deliver the report as HL7 ORU^R01 with result status F
		org.spinerad.testsupport.MllpPeer ris = new org.spinerad.testsupport.MllpPeer();
		// no user name is set: sign-off asks for it, never takes the operating-system account
		org.spinerad.ui.internal.dialogs.UiPreferences.put(java.util.Map.of("risHost", "127.0.0.1", "risPort",
				String.valueOf(ris.port()), "userName", ""));
		assertTrue(Workbench.service(org.spinerad.ui.UserIdentity.class).name().isEmpty(), "no user name yet");

		// sign final: Ctrl+Shift+S, give the name, confirm in the dialog
		Workbench.answerInput(ui, "Who signs?", "Dr. Flow Test");
		Workbench.answerDialog(ui, "Sign report", "Sign final");
		ui.press('s', SWT.MOD1 | SWT.SHIFT);
		ui.waitUntil("the report to be signed and saved", WAIT,
				() -> report().getStatus() == ReportStatus.FINAL && !session().isDirty());
		assertEquals(ReportStatus.FINAL, session().store().load("case-POST-01").getStatus());
		assertEquals("Dr. Flow Test", report().getSigner(), "the name given signs");
		assertEquals(java.util.Optional.of("Dr. Flow Test"), Workbench.service(org.spinerad.ui.UserIdentity.class).name(),
				"the name is kept for the next sign-off");

		StyledText preview = ui.get("org.spinerad.ui.part.preview.text", StyledText.class);
		ui.waitUntil("the preview to show the signed report", WAIT, () -> preview.getText().contains("Signed: ")
				&& preview.getText().contains((drafted + 1) + ". Epidural fibrosis at L5-S1 without recurrent disc herniation."));
		assertTrue(preview.getText().contains("FINDINGS"), preview.getText());
		assertTrue(!session().isEditable(), "a final report is read-only");
		ui.waitUntil("the impression field to be read-only", WAIT,
				() -> !ui.get("org.spinerad.ui.report.impression.1", Text.class).getEditable());

		ui.waitUntil("the RIS to receive the final report", WAIT, () -> !ris.received().isEmpty());
		String message = ris.received().get(0);
		assertEquals("ORU^R01^ORU_R01", org.spinerad.testsupport.MllpPeer.field(message, "MSH", 8));
		assertEquals("F", org.spinerad.testsupport.MllpPeer.field(message, "OBR", 25), "result status final");
		assertTrue(message.contains("ACC-POST-01"), "the accession number travels in ORC/OBR");
		assertTrue(message.contains("Epidural fibrosis at L5-S1 without recurrent disc herniation"), message);
		org.eclipse.swt.widgets.Table worklist = ui.get("org.spinerad.ui.part.worklist.table", org.eclipse.swt.widgets.Table.class);
		ui.waitUntil("the worklist to show the acknowledgement", WAIT,
				() -> java.util.Arrays.stream(worklist.getItems()).anyMatch(row -> row.getText(5).equals("ACC-POST-01")
						&& row.getText(8).toLowerCase(java.util.Locale.ROOT).contains("ris delivered")));
		org.eclipse.swt.widgets.Label status = ui.get(org.spinerad.ui.parts.DeliveryStatus.ID, org.eclipse.swt.widgets.Label.class);
		ui.waitUntil("the status bar to show the outbox", WAIT, () -> status.getText().startsWith("RIS: all delivered;")
				&& status.getText().contains("PACS: not configured (1 not sent)"));
		ris.close();
		ui.screenshot(window, Screenshots.file("report-signed"));
	}
}
