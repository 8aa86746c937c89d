package org.spinerad.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.spinerad.model.CordEffect;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.levels.SpineLevel;

/** Every literal and feature has a label for people, read from plugin.properties. */
class VocabularyTest {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	@Test
	void everyLiteralAndFeatureHasAWrittenLabelWithoutUnderscores() {
		int literals = 0;
		int features = 0;
		for (EClassifier classifier : P.getEClassifiers()) {
			if (classifier instanceof EEnum e) {
				for (EEnumLiteral literal : e.getELiterals()) {
					String label = Vocabulary.label(literal);
					assertFalse(label.isBlank() || label.contains("_"), e.getName() + "." + literal + ": " + label);
					assertEquals(label, Vocabulary.label(literal.getInstance()));
					literals++;
				}
			} else if (classifier instanceof EClass c) {
				for (EStructuralFeature feature : c.getEStructuralFeatures()) {
					String label = Vocabulary.label(feature);
					assertFalse(label.isBlank() || label.matches(".*[a-z][A-Z][a-z].*"),
							c.getName() + "." + feature.getName() + ": " + label);
					features++;
				}
			}
		}
		assertEquals(219, literals);
		assertEquals(195, features);
	}

	@Test
	void labelsAreWordedForClinicians() {
		assertEquals("whole spine", Vocabulary.label(SpineSegment.WHOLE_SPINE));
		assertEquals("fluid-like hyperintense", Vocabulary.label(SignalIntensity.FLUID_HYPER));
		assertEquals("compression, CSF preserved", Vocabulary.label(CordEffect.COMPRESSION_CSF_PRESERVED));
		assertEquals("Cord, roots and meninges", Vocabulary.label(RegionKind.CORD_ROOTS_MENINGES));
		assertEquals("Collapse (%)", Vocabulary.label(P.getMarrowFinding_CollapsePercent()));
		assertEquals("AP (mm)", Vocabulary.label(P.getMeasured_ApMm()));
		assertEquals("hyperintense", Vocabulary.label(P.getSignalIntensity(), "hyper"));
		assertEquals("unknown (not assessable)", Vocabulary.label(org.spinerad.model.NeurologicalStatus.UNKNOWN));
		assertEquals("Communication required, not yet done", Vocabulary.label(P.getCriticalCommunication_Pending()));
		assertNull(Vocabulary.label((SignalIntensity) null));
	}

	@Test
	void numbersSizesAndLevelsAreWrittenOneWay() {
		assertEquals("8.2", Formats.number(8.2));
		assertEquals("8", Formats.number(8.0));
		assertEquals("0.00001", Formats.number(1e-5));
		MarrowFinding f = ReportFactory.eINSTANCE.createMarrowFinding();
		assertNull(Formats.size(f));
		assertNull(Formats.levels(f));
		f.setApMm(24.0);
		f.setCraniocaudalMm(56.5);
		assertEquals("24 x 56.5 mm", Formats.size(f));
		f.setFrom(SpineLevel.valueOf("L2"));
		assertEquals("L2", Formats.levels(f));
		f.setTo(SpineLevel.valueOf("L4"));
		assertEquals("L2 to L4", Formats.levels(f));
	}

	@Test
	void validationMessagesTakeTheirWordsFromTheVocabulary() {
		// the model's validation cannot depend on this bundle: it finds the vocabulary as a service
		assertEquals("Volume (mL)", org.spinerad.model.validation.Words.feature(P.getContrastAdministration_VolumeMl()));
		assertEquals("compression, no CSF", org.spinerad.model.validation.Words.value(CordEffect.COMPRESSION_NO_CSF));
		assertEquals("Epidural space", org.spinerad.model.validation.Words.region(RegionKind.EPIDURAL));
		var report = org.spinerad.samples.SampleCases.load("TUM-02");
		var contrast = report.getExam().getContrast();
		contrast.setVolumeMl(-5.0);
		var problems = org.spinerad.model.validation.Validation.validate(report,
				org.spinerad.model.validation.Phase.EDITING);
		org.junit.jupiter.api.Assertions.assertTrue(
				problems.stream().anyMatch(p -> p.toString().contains("Volume (mL)")), problems.toString());
	}
}
