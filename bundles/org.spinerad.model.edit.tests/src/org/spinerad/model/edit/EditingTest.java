package org.spinerad.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.model.tests.Samples;
import org.spinerad.model.validation.Rules;

/** Undo and redo through the editing domain, and the sign-off lifecycle. */
class EditingTest {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	private final ReportEditingDomain domain = new ReportEditingDomain();
	private final CommandStack stack = domain.getCommandStack();
	private final Report report = Samples.infection();

	private void execute(Command command) {
		assertTrue(command.canExecute(), "executable: " + command.getLabel());
		stack.execute(command);
	}

	private EpiduralFinding epidural() {
		return (EpiduralFinding) Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
	}

	@Test
	void everyKindOfChangeIsUndoneAndRedone() {
		Report original = EcoreUtil.copy(report);
		Region marrowRegion = Reports.region(report, RegionKind.BONE_MARROW).orElseThrow();
		MarrowFinding added = ReportFactory.eINSTANCE.createMarrowFinding();
		added.setId("F7");
		added.setFrom(SpineLevel.valueOf("L5"));
		execute(SetCommand.create(domain, epidural(), P.getEpiduralFinding_MaxThicknessMm(), 7.5));
		execute(SetCommand.create(domain, epidural(), P.getFinding_Remark(), "new remark"));
		execute(AddCommand.create(domain, marrowRegion, P.getRegion_Findings(), added));
		execute(SetCommand.create(domain, report.getExam(), P.getExam_RegionImaged(),
				org.spinerad.model.SpineSegment.WHOLE_SPINE));
		execute(RemoveCommand.create(domain, report, P.getReport_Recommendations(),
				report.getRecommendations().get(0)));
		execute(DeleteCommand.create(domain, report.getImpression().get(1)));
		Report edited = EcoreUtil.copy(report);
		assertFalse(EcoreUtil.equals(original, edited));
		while (stack.canUndo()) {
			stack.undo();
		}
		assertTrue(EcoreUtil.equals(original, report), "undo restores the report exactly");
		while (stack.canRedo()) {
			stack.redo();
		}
		assertTrue(EcoreUtil.equals(edited, report), "redo replays every change");
	}

	@Test
	void signingFinalMakesTheReportImmutable() {
		Date time = Samples.time("2026-11-20T11:00:00Z");
		ReportLifecycle.SignOff result = ReportLifecycle.sign(domain, report, ReportStatus.FINAL, "Dr. S. Signer", time);
		assertTrue(result.signed(), result.problems().toString());
		assertEquals(ReportStatus.FINAL, report.getStatus());
		assertEquals("Dr. S. Signer", report.getSigner());
		assertEquals(time, report.getSignedAt());
		assertFalse(stack.canUndo(), "signing clears the undo history");
		assertFalse(SetCommand.create(domain, epidural(), P.getFinding_Remark(), "changed").canExecute());
		assertFalse(SetCommand.create(domain, report, P.getReport_Status(), ReportStatus.DRAFT).canExecute());
		assertFalse(DeleteCommand.create(domain, report.getImpression().get(0)).canExecute());
		assertFalse(AddCommand.create(domain, report, P.getReport_Recommendations(), "more").canExecute());
		assertThrows(IllegalStateException.class,
				() -> ReportLifecycle.sign(domain, report, ReportStatus.FINAL, "Dr. S. Signer", time));
	}

	@Test
	void addendaAmendAFinalReportWithAuthorAndTime() {
		ReportLifecycle.sign(domain, report, ReportStatus.FINAL, "Dr. S. Signer", Samples.time("2026-11-20T11:00:00Z"));
		Date later = Samples.time("2026-11-21T08:00:00Z");
		var addendum = ReportLifecycle.addAddendum(domain, report, "Dr. S. Signer", "Culture grew S. aureus.", later);
		assertEquals(ReportStatus.AMENDED, report.getStatus());
		assertEquals(1, report.getAddenda().size());
		assertEquals("Dr. S. Signer", addendum.getAuthor());
		assertEquals(later, addendum.getCreatedAt());
		assertFalse(stack.canUndo(), "an addendum cannot be taken back");
		assertFalse(SetCommand.create(domain, addendum, P.getAddendum_Text(), "edited").canExecute(),
				"a signed addendum is immutable too");
		ReportLifecycle.addAddendum(domain, report, "Dr. T. Other", "Second addendum.", later);
		assertEquals(2, report.getAddenda().size());
	}

	@Test
	void draftsTakeNoAddenda() {
		assertThrows(IllegalStateException.class,
				() -> ReportLifecycle.addAddendum(domain, report, "Dr. A", "text", new Date()));
	}

	@Test
	void preliminaryThenFinal() {
		assertTrue(ReportLifecycle.sign(domain, report, ReportStatus.PRELIMINARY, "Dr. R. Resident",
				Samples.time("2026-11-20T10:30:00Z")).signed());
		assertEquals(ReportStatus.PRELIMINARY, report.getStatus());
		assertTrue(SetCommand.create(domain, epidural(), P.getFinding_Remark(), "refined").canExecute(),
				"a preliminary report may still change");
		assertTrue(ReportLifecycle.canSign(report, ReportStatus.FINAL));
		assertFalse(ReportLifecycle.canSign(report, ReportStatus.PRELIMINARY));
		assertTrue(ReportLifecycle.sign(domain, report, ReportStatus.FINAL, "Dr. S. Signer",
				Samples.time("2026-11-20T11:30:00Z")).signed());
		assertEquals(ReportStatus.FINAL, report.getStatus());
	}

	@Test
	void errorsBlockSigningAndChangeNothing() {
		report.getCommunications().clear();
		Report before = EcoreUtil.copy(report);
		ReportLifecycle.SignOff result = ReportLifecycle.sign(domain, report, ReportStatus.FINAL, "Dr. S. Signer",
				new Date());
		assertFalse(result.signed());
		assertTrue(result.problems().stream().anyMatch(p -> p.code().equals(Rules.CRITICAL_COMMUNICATION)));
		assertTrue(EcoreUtil.equals(before, report));
		assertEquals(ReportStatus.DRAFT, report.getStatus());
		assertNull(report.getSigner());
	}
}
