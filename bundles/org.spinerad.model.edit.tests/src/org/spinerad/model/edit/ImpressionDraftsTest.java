package org.spinerad.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;

/**
 * The impression follows its draft after each change, keeps what the
 * radiologist typed or edited, and Redraft restores a drafted item in one
 * undoable step. The draft here is one statement per finding ("F1 at L3 to
 * L4"), so every change of a level changes the draft.
 */
class ImpressionDraftsTest {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private final ReportEditingDomain domain = new ReportEditingDomain();
	private final CommandStack stack = domain.getCommandStack();
	private Report report;

	@BeforeEach
	void followTheFindings() {
		report = SampleCases.load("INF-01");
		report.getImpression().clear();
		domain.setFollowUp(c -> ImpressionDrafts.follow(domain, report, draft(report)));
	}

	/** One drafted statement per finding, in report order. */
	private static List<ImpressionItem> draft(Report report) {
		List<ImpressionItem> items = new ArrayList<>();
		for (Finding f : Reports.findings(report)) {
			ImpressionItem item = ReportFactory.eINSTANCE.createImpressionItem();
			item.setDraftKey("finding:" + f.getId());
			item.setText(f.getId() + " at " + Formats.levels(f) + ".");
			item.getFindings().add(f);
			items.add(item);
		}
		return items;
	}

	private void execute(Command command) {
		assertTrue(command != null && command.canExecute(), "executable");
		stack.execute(command);
	}

	private ImpressionItem item(String key) {
		return report.getImpression().stream().filter(i -> key.equals(i.getDraftKey())).findFirst().orElse(null);
	}

	private MarrowFinding marrow() {
		return (MarrowFinding) Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getFindings().get(0);
	}

	@Test
	void theDraftFollowsEachChangeAndOneUndoTakesBackBoth() {
		execute(SetCommand.create(domain, marrow(), P.getLocated_To(), SpineLevel.valueOf("L5")));
		assertEquals(Reports.findings(report).size(), report.getImpression().size(), "drafted from every finding");
		assertEquals("F1 at L3 to L5.", item("finding:F1").getText());
		assertEquals(List.of(marrow()), item("finding:F1").getFindings(), "linked to its finding");
		stack.undo();
		assertEquals(SpineLevel.valueOf("L4"), marrow().getTo());
		assertTrue(report.getImpression().isEmpty(), "the change and the draft that followed it are one step");
		stack.redo();
		assertEquals("F1 at L3 to L5.", item("finding:F1").getText());
	}

	@Test
	void anEditedItemIsNeverOverwrittenAndRedraftRestoresIt() {
		execute(SetCommand.create(domain, marrow(), P.getLocated_To(), SpineLevel.valueOf("L5")));
		ImpressionItem f1 = item("finding:F1");
		execute(SetCommand.create(domain, f1, P.getImpressionItem_Text(), "Spondylodiscitis L3 to L5, as I see it."));
		assertTrue(f1.isEdited(), "typing in a drafted item marks it edited");

		execute(SetCommand.create(domain, marrow(), P.getLocated_To(), SpineLevel.valueOf("S1")));
		assertEquals("Spondylodiscitis L3 to L5, as I see it.", f1.getText(), "kept as written");
		assertTrue(f1.isEdited());
		assertTrue(report.getImpression().contains(f1));

		// a finding the edited item was drafted from goes: the edited item stays
		execute(org.eclipse.emf.edit.command.RemoveCommand.create(domain, marrow().eContainer(), P.getRegion_Findings(), marrow()));
		assertTrue(report.getImpression().contains(f1), "an edited item is never removed by the draft");
		stack.undo();

		execute(ImpressionDrafts.redraft(domain, report, draft(report), f1));
		assertEquals("F1 at L3 to S1.", f1.getText(), "Redraft restores the drafted text");
		assertFalse(f1.isEdited());
		stack.undo();
		assertEquals("Spondylodiscitis L3 to L5, as I see it.", f1.getText(), "one undo takes the redraft back");
		assertTrue(f1.isEdited());
	}

	@Test
	void anImpressionWrittenByHandIsLeftAloneUntilRedraft() {
		Report typed = SampleCases.load("INF-01");
		int items = typed.getImpression().size();
		assertNull(ImpressionDrafts.follow(domain, typed, draft(typed)), "no drafted item yet: nothing follows");
		domain.setFollowUp(c -> ImpressionDrafts.follow(domain, typed, draft(typed)));
		execute(SetCommand.create(domain, typed.getImpression().get(0), P.getImpressionItem_Text(), "Changed."));
		assertEquals(items, typed.getImpression().size());
		execute(ImpressionDrafts.redraft(domain, typed, draft(typed), null));
		assertEquals(items + Reports.findings(typed).size(), typed.getImpression().size(), "Redraft adds the draft");
		assertEquals("Changed.", typed.getImpression().get(Reports.findings(typed).size()).getText(),
				"typed items keep their text, after the drafted ones");
	}

	@Test
	void typedItemsStayAndRedraftAllRestoresEveryDraftedItem() {
		execute(SetCommand.create(domain, marrow(), P.getFinding_Remark(), "Edema."));
		ImpressionItem typed = ReportFactory.eINSTANCE.createImpressionItem();
		typed.setText("Clinical correlation.");
		execute(AddCommand.create(domain, report, P.getReport_Impression(), typed));
		assertEquals(Reports.findings(report).size() + 1, report.getImpression().size());
		assertNull(typed.getDraftKey());
		ImpressionItem f2 = item("finding:F2");
		execute(SetCommand.create(domain, f2, P.getImpressionItem_Text(), "Mine."));
		execute(SetCommand.create(domain, typed, P.getImpressionItem_Text(), "Clinical correlation advised."));
		assertFalse(typed.isEdited(), "a typed item is not a drafted one");

		execute(ImpressionDrafts.redraft(domain, report, draft(report), null));
		assertEquals("F2 at L3-L4.", f2.getText());
		assertFalse(f2.isEdited());
		assertEquals("Clinical correlation advised.", typed.getText(), "Redraft never touches typed items");
		assertNull(ImpressionDrafts.follow(domain, report, draft(report)), "nothing left to follow");
	}
}
