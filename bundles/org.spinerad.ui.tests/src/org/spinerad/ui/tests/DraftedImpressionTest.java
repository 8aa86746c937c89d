package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.session.ReportSession;

/**
 * In the editor the drafted impression follows the findings; an item typed
 * into is marked edited and kept; Ctrl+Shift+R restores it, Ctrl+Z takes the
 * redraft back.
 */
class DraftedImpressionTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String ITEM = "org.spinerad.ui.report.impression.1";
	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void theDraftFollowsTheFindingsAndKeepsWhatTheRadiologistWrote() throws Exception {
		ReportSession session = Workbench.service(ReportSession.class);
		session.close();
		session.open("case-INF-01");
		Workbench.showReport();
		Report report = session.report().orElseThrow();
		ReportEditingDomain domain = session.domain().orElseThrow();
		// the example's impression was typed by hand: take it away, and the draft takes its place
		domain.getCommandStack().execute(RemoveCommand.create(domain, report, ReportPackage.Literals.REPORT__IMPRESSION,
				new java.util.ArrayList<>(report.getImpression())));
		ui.waitUntil("the drafted impression in the form", WAIT, () -> report.getImpression().size() >= 5
				&& ui.find(ITEM).isPresent() && ui.find(ITEM + ".mark").isPresent());
		ImpressionItem first = report.getImpression().get(0);
		String drafted = first.getText();
		assertTrue(drafted.startsWith("Ventral epidural abscess at L3-L4"), drafted);
		assertTrue(first.isCritical(), "the epidural abscess compressing the cauda equina is critical");
		assertTrue(ui.onUi(() -> ui.get(ITEM + ".mark", Label.class).getText()).contains("(drafted)"));

		ui.type(ui.get(ITEM, Text.class), "Discussed. ");
		ui.waitUntil("the item marked edited", WAIT, () -> first.isEdited()
				&& ui.onUi(() -> ui.get(ITEM + ".mark", Label.class).getText()).contains("(edited)"));
		String edited = first.getText();
		assertTrue(edited.contains("Discussed."), edited);

		Region marrow = Reports.region(report, RegionKind.BONE_MARROW).orElseThrow();
		MarrowFinding spondylitis = (MarrowFinding) marrow.getFindings().get(0);
		ui.onUi(() -> {
			domain.getCommandStack().execute(SetCommand.create(domain, spondylitis,
					ReportPackage.Literals.LOCATED__TO, SpineLevel.valueOf("L5")));
			return null;
		});
		ui.waitUntil("the finding changed", WAIT, () -> SpineLevel.valueOf("L5").equals(spondylitis.getTo()));
		assertEquals(edited, first.getText(), "an edited item is kept as written when the findings change");

		ui.focus(ui.get(ITEM, Text.class));
		ui.press('r', SWT.MOD1 | SWT.MOD2);
		ui.waitUntil("Ctrl+Shift+R to restore the drafted text (now '" + first.getText() + "')", WAIT,
				() -> drafted.equals(first.getText()) && !first.isEdited());
		ui.press('z', SWT.MOD1);
		ui.waitUntil("one Ctrl+Z to take the redraft back (now '" + first.getText() + "')", WAIT,
				() -> edited.equals(first.getText()) && first.isEdited());
		session.close();
	}
}
