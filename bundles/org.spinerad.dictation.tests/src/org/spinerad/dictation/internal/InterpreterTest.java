package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.spinerad.dictation.DictationResult;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.infection.internal.InfectionTemplate;

/** One utterance, one undoable edit, with the template's real phrase language. */
class InterpreterTest {

	private final PhraseLanguage language = DictationService.load(new InfectionTemplate());
	private final Report report = Reports.newDraft("test");
	private final EditingDomain domain = new ReportEditingDomain();
	private final Session session = new Session(language, report, domain);

	@Test
	void aPhraseCreatesTheFindingWithItsFieldsInOneUndoableStep() {
		DictationResult r = session.apply("L3-L4 epidural abscess, rim enhancing, 5 millimetres thick");
		assertEquals(List.of("epidural L3-L4 classification = abscess", "epidural L3-L4 enhancement.presence = present",
				"epidural L3-L4 enhancement.pattern = rim", "epidural L3-L4 maxThicknessMm = 5"),
				r.edits().stream().map(Object::toString).toList(), r.toString());
		EpiduralFinding f = (EpiduralFinding) Reports.region(report, RegionKind.EPIDURAL).get().getFindings().get(0);
		assertEquals(5.0, f.getMaxThicknessMm());
		domain.getCommandStack().undo();
		assertTrue(Reports.region(report, RegionKind.EPIDURAL).get().getFindings().isEmpty());
	}

	@Test
	void aFieldAloneSetsTheFindingNamedLast() {
		session.apply("epidural abscess L4-5");
		DictationResult r = session.apply("rim quality thick irregular");
		assertEquals(List.of("epidural L4-L5 enhancement.rimQuality = thick_irregular"),
				r.edits().stream().map(Object::toString).toList(), r.toString());
		assertEquals(1, Reports.region(report, RegionKind.EPIDURAL).get().getFindings().size());
	}

	@Test
	void unknownWordsGoVerbatimIntoTheRemarkAndAreListed() {
		DictationResult r = session.apply("L2 marrow lytic with zebra stripes");
		assertTrue(r.edits().stream().anyMatch(e -> e.toString().equals("bone_marrow L2 boneLesion = lytic")), r.toString());
		assertTrue(r.unplaced().stream().anyMatch(u -> u.contains("zebra stripes")), r.toString());
		assertEquals("zebra stripes", Reports.region(report, RegionKind.BONE_MARROW).get().getFindings().get(0).getRemark());
	}

	@Test
	void nothingUnderstoodChangesNothing() {
		DictationResult r = session.apply("the weather is fine today");
		assertFalse(r.understood(), r.toString());
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void completionOffersTheNextWordsOfTheLanguage() {
		assertTrue(session.complete("L4-5 epidural ab").contains("abscess"), session.complete("L4-5 epidural ab").toString());
		assertTrue(session.complete("L4-5 epidural rim quality ").contains("thick"), session.complete("L4-5 epidural rim quality ").toString());
		assertTrue(session.complete("L4-5 epidural rim quality ").indexOf("thick") < 5);
	}
}
