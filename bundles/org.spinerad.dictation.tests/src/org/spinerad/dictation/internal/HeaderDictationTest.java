package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.spinerad.dictation.DictationResult;
import org.spinerad.dictation.Proposal;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/** The clinical header dictated in the phrase language, with the tumor template's real words. */
class HeaderDictationTest {

	private static final PhraseLanguage LANGUAGE = DictationService.load(new TumorTemplate());
	private final Report report = Reports.newDraft("test");
	private final EditingDomain domain = new ReportEditingDomain();
	private final Session session = new Session(LANGUAGE, report, domain);

	@Test
	void aHeaderPhraseSetsItsFieldsInOneUndoableStep() {
		report.setClinical(null); // as in a report file without a clinical part
		DictationResult r = session.apply("pain occasional non mechanical known primary lung adenocarcinoma");
		assertEquals(List.of("clinical.pain = occasional_non_mechanical", "clinical.knownPrimaryCancer = lung adenocarcinoma"),
				r.edits().stream().map(Object::toString).toList(), r.toString());
		assertTrue(r.unplaced().isEmpty(), r.toString());
		assertEquals(PainCharacter.OCCASIONAL_NON_MECHANICAL, report.getClinical().getPain());
		assertEquals("lung adenocarcinoma", report.getClinical().getKnownPrimaryCancer());
		session.apply("neurological status no neurological deficit");
		assertEquals(NeurologicalStatus.NONE, report.getClinical().getNeurologicalStatus());
		assertEquals(PainCharacter.OCCASIONAL_NON_MECHANICAL, report.getClinical().getPain(), "the other fields stay");
		domain.getCommandStack().undo();
		assertEquals(NeurologicalStatus.NOT_DOCUMENTED, report.getClinical().getNeurologicalStatus());
		domain.getCommandStack().undo();
		assertNull(report.getClinical(), "one undo takes the whole first phrase back");
	}

	@Test
	void theHeaderInAFindingPhraseIsNotPlacedAndKeptInTheRemark() {
		DictationResult r = session.apply("t6 metastasis known primary lung");
		assertNull(report.getClinical().getKnownPrimaryCancer());
		assertTrue(r.unplaced().stream().anyMatch(u -> u.startsWith("'known primary lung': the clinical header")), r.toString());
		assertEquals("known primary lung",
				Reports.region(report, RegionKind.BONE_MARROW).get().getFindings().get(0).getRemark());
	}

	@Test
	void theHeaderIsTypedWithCompletionAndNothingIsProposedInsideItsText() {
		assertEquals("pain occasional non mechanical ", session.expand("pao"));
		assertEquals("pain occasional non mechanical known primary ", session.expand("pain occasional non mechanical kp"));
		assertEquals(List.of(), session.proposals("known primary lung a"), "the words after a text field's name are its text");
		List<Proposal> finding = session.proposals("t6 metastasis p");
		assertTrue(finding.stream().noneMatch(p -> p.meaning().startsWith("clinical.")), finding.toString());
		Proposal pain = session.proposals("pao").get(0);
		assertEquals("Pain: occasional, non-mechanical", pain.shown());
	}

	@Test
	void aHeaderFieldTheModelLacksIsNamedWithItsLine() {
		var form = new TumorTemplate().form();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PhraseLanguage.of(form, List.of("# words", "history : header history")));
		assertTrue(e.getMessage().startsWith("dictation.txt line 2: 'history' is not a field of the clinical header"),
				e.getMessage());
	}
}
