package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.infection.internal.InfectionTemplate;

/** Words heard in the spoken form become the form a radiologist types. */
class WrittenTest {

	@Test
	void vertebraeAndDiscLevelsAreWrittenAsTyped() {
		assertEquals("L4-L5 disc nerve root L5", Written.of("l four l five disc nerve root l five"));
		assertEquals("T12-L1 epidural", Written.of("t twelve l one epidural"));
		assertEquals("L4-L5 disc", Written.of("l four five disc"));
		assertEquals("C7-T1 paraspinal", Written.of("c seven t one paraspinal"));
		assertEquals("from L2 to L4 epidural", Written.of("from l two to l four epidural"));
		// no disc between them: two levels, as the phrase language reads them
		assertEquals("C1 C2 marrow", Written.of("c one c two marrow"));
	}

	@Test
	void numbersAreWrittenInDigits() {
		assertEquals("12 by 10 by 18 millimetres", Written.of("twelve by ten by eighteen millimetres"));
		assertEquals("collapse 25 percent", Written.of("collapse twenty five percent"));
		assertEquals("2.5 millimetres thick", Written.of("two point five millimetres thick"));
		assertEquals("", Written.of(" "));
	}

	@Test
	void aTextFieldKeepsTheLevelAsTyped() {
		PhraseLanguage language = DictationService.load(new InfectionTemplate());
		Report report = Reports.newDraft("test");
		Session session = new Session(language, report, new ReportEditingDomain());
		assertEquals(List.of("disc L4-L5 nerveRoot = L5"), session.apply(Written.of("l four l five disc nerve root l five"))
				.edits().stream().map(Object::toString).toList());
	}
}
